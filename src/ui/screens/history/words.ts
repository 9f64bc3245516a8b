// The catalogue key for each recorded value, so every record field is shown in plain words.
import type { RecordEnd } from '../../../domain/record/sessionRecord';
import type { MessageKey } from '../../i18n/en';

export function endKey(end: RecordEnd | null): MessageKey {
  return end === null ? 'history.end.none' : `history.end.${end}`;
}

export function problemText(error: unknown): string {
  // The storage port rejects with messages written for people (StorageError).
  return error instanceof Error ? error.message : String(error);
}
