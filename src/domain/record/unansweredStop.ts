// Whether the app closed on a stop before "why did you stop?" was answered (read at startup).
import type { SessionRecord } from './sessionRecord';

/** Whether the record ends on a stop whose reason was never given (the app closed first). */
export function hasUnansweredStop(record: SessionRecord): boolean {
  return record.stops.at(-1)?.reason === null;
}
