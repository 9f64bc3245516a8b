// What can go wrong with stored data, in words a person can act on; no storage code needed.

export type StorageErrorKind = 'quota' | 'unavailable' | 'blocked' | 'damaged' | 'unknown';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

export const STORAGE_MESSAGES = {
  quota:
    'Storage on this device is full, so Tractus could not save. Free some space, or export ' +
    'a backup and delete old sessions, then try again.',
  unavailable:
    'This browser is not letting Tractus keep data (private browsing, or storage turned off).',
  blocked:
    'Tractus is open in another tab with a different version, so this tab cannot reach your ' +
    'saved data. Close the other Tractus tabs, then reload this page.',
  upgradedElsewhere:
    'A newer version of Tractus was opened in another tab. Reload this page to keep saving.',
  newerData: 'Your data was saved by a newer version of Tractus. Reload this page to update.',
  inMemory:
    'Sessions still run, but they are kept only until this page closes: export a backup to ' +
    'keep one.',
  unknown: 'Tractus could not read or save its data',
  damagedSession:
    'This session is damaged on this device and cannot be shown. It has been left as it is.',
  damagedProfile:
    'Your saved plan and stop signal were damaged on this device; the defaults are used instead.',
} as const;

/** Error names along Dexie's wrapping (inner), standard causes and a BulkError's failures. */
function errorNames(error: unknown, depth = 0): string[] {
  if (depth > 4 || typeof error !== 'object' || error === null) return [];
  const { name, inner, cause, failures } = error as Record<string, unknown>;
  const nested = Array.isArray(failures) ? failures.slice(0, 3) : [];
  return [
    ...(typeof name === 'string' ? [name] : []),
    ...errorNames(inner, depth + 1),
    ...errorNames(cause, depth + 1),
    ...nested.flatMap((failure) => errorNames(failure, depth + 1)),
  ];
}

/** Maps whatever IndexedDB or Dexie threw to a kind and a message a person can act on. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = errorNames(error);
  const cause = { cause: error };
  if (names.includes('QuotaExceededError')) {
    return new StorageError('quota', STORAGE_MESSAGES.quota, cause);
  }
  if (names.includes('VersionError')) {
    return new StorageError('blocked', STORAGE_MESSAGES.newerData, cause);
  }
  if (
    names.includes('MissingAPIError') ||
    names.includes('SecurityError') ||
    names.includes('OpenFailedError') ||
    names.includes('DatabaseClosedError')
  ) {
    return new StorageError('unavailable', STORAGE_MESSAGES.unavailable, cause);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError('unknown', `${STORAGE_MESSAGES.unknown}: ${detail}`, cause);
}
