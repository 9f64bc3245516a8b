// The JSON backup: writing it, reading it back safely (H12) and merging it without duplicates.
import type * as z from 'zod/mini';
import type { BackupProblem, FieldProblem } from './backupProblem';
import type { Profile } from './profile';
import type { Backup } from './recordSchema';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, backupSchema } from './recordSchema';
import type { SessionRecord } from './sessionRecord';

/** The most problems a rejected file gets; the rest are counted in a last one. */
export const MAX_BACKUP_ERRORS = 10;

export type BackupParseResult =
  | { ok: true; backup: Backup }
  | { ok: false; errors: BackupProblem[] };

/**
 * One step from backup version `from` to `from + 1`, on parsed JSON not yet validated. It may
 * throw on a shape it cannot read; the file is then rejected with that message as a detail.
 */
export interface BackupMigration {
  from: number;
  migrate: (backup: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * A step that gives an older backup's profile the fields its version did not keep, as what they
 * were then. No profile, or one the schema will refuse anyway: nothing to fill in.
 */
function profileGains(from: number, gained: Record<string, unknown>): BackupMigration {
  return {
    from,
    migrate: (backup) =>
      isPlainObject(backup.profile)
        ? { ...backup, profile: { ...gained, ...backup.profile } }
        : backup,
  };
}

/** v1 → v2: the last warning signs and the urgent day; a v1 profile had none. */
const v1ToV2 = profileGains(1, { lastRedFlags: [], lastUrgentOn: null });
/** v2 → v3: the last full screening's outcome; it was not known. */
const v2ToV3 = profileGains(2, { lastFullScreeningOutcome: null });
/** v3 → v4: the last avoid outcome; none was kept. */
const v3ToV4 = profileGains(3, { lastAvoid: null });

/** Each step from one version to the next; a new version adds its step and bumps the schema. */
export const BACKUP_MIGRATIONS: readonly BackupMigration[] = [v1ToV2, v2ToV3, v3ToV4];

export function createBackup(
  sessions: readonly SessionRecord[],
  profile: Profile | undefined,
  exportedAt: string,
): Backup {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt,
    sessions: [...sessions],
  };
  if (profile !== undefined) backup.profile = profile;
  return backup;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type MigrationResult =
  | { ok: true; backup: Record<string, unknown> }
  | { ok: false; errors: BackupProblem[] };

/** Brings a backup of an older version up to BACKUP_SCHEMA_VERSION, one step at a time. */
export function migrateBackup(
  backup: Record<string, unknown>,
  migrations: readonly BackupMigration[] = BACKUP_MIGRATIONS,
): MigrationResult {
  const version = backup.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, errors: [{ kind: 'versionNotWhole' }] };
  }
  if (version > BACKUP_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [{ kind: 'newerVersion', version, supported: BACKUP_SCHEMA_VERSION }],
    };
  }
  let current = backup;
  for (let from = version; from < BACKUP_SCHEMA_VERSION; from++) {
    const step = migrations.find((m) => m.from === from);
    if (step === undefined) {
      return { ok: false, errors: [{ kind: 'unsupportedVersion', version }] };
    }
    try {
      current = { ...step.migrate(current), schemaVersion: from + 1 };
    } catch (error) {
      return {
        ok: false,
        errors: [{ kind: 'upgradeFailed', version, detail: errorText(error) }],
      };
    }
  }
  return { ok: true, backup: current };
}

function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/** What a value of the wrong type should have been, for the types a backup holds. */
const EXPECTED_TYPE: Readonly<Record<string, string>> = {
  object: 'must be an object',
  array: 'must be a list',
  string: 'must be text',
  number: 'must be a number',
  boolean: 'must be true or false',
};

/**
 * Words for a value of the wrong type where the schema has none of its own (zod's own say only
 * "Invalid input"); the schema's own messages come first.
 */
function wrongTypeMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  return EXPECTED_TYPE[issue.expected] ?? `must be of type ${issue.expected}`;
}

function fieldProblem(issue: z.core.$ZodIssue): FieldProblem {
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) {
    return { kind: 'missing' };
  }
  if (issue.code === 'unrecognized_keys') {
    return { kind: 'unexpected', names: issue.keys.slice(0, 3).map((k) => k.slice(0, 40)) };
  }
  return { kind: 'invalid', detail: issue.message };
}

function issueProblem(issue: z.core.$ZodIssue, input: Record<string, unknown>): BackupProblem {
  const where = pathText(issue.path);
  const what = fieldProblem(issue);
  // Name the session by its id too.
  if (issue.path[0] === 'sessions' && typeof issue.path[1] === 'number') {
    const record = Array.isArray(input.sessions) ? input.sessions[issue.path[1]] : undefined;
    if (isPlainObject(record) && typeof record.id === 'string') {
      return { kind: 'field', where, session: sessionName(record.id), what };
    }
  }
  return { kind: 'field', where, what };
}

/** Id of a session as a problem names it: "sessions[3]" alone is hard to find in a file. */
function sessionName(id: string): string {
  return id.slice(0, 40);
}

/**
 * Each session the file holds again after an earlier one with the same id. The app never writes
 * such a file, and which copy is right cannot be known: the merge would call one "already here".
 */
function repeatedSessions(input: Record<string, unknown>): BackupProblem[] {
  if (!Array.isArray(input.sessions)) return [];
  const firstAt = new Map<string, number>();
  const problems: BackupProblem[] = [];
  input.sessions.forEach((record: unknown, at) => {
    if (!isPlainObject(record) || typeof record.id !== 'string') return;
    const first = firstAt.get(record.id);
    if (first === undefined) firstAt.set(record.id, at);
    else {
      problems.push({
        kind: 'repeatedSession',
        where: pathText(['sessions', at]),
        session: sessionName(record.id),
        first: pathText(['sessions', first]),
      });
    }
  });
  return problems;
}

/** At most MAX_BACKUP_ERRORS problems, the rest counted in a last one. */
function shownProblems(problems: readonly BackupProblem[]): BackupProblem[] {
  if (problems.length <= MAX_BACKUP_ERRORS) return [...problems];
  const shown = MAX_BACKUP_ERRORS - 1;
  return [...problems.slice(0, shown), { kind: 'more', count: problems.length - shown }];
}

/**
 * Reads a backup file's text. Never throws; on any problem, nothing is returned to import and the
 * problems say what is wrong and where.
 */
export function parseBackup(
  text: string,
  migrations: readonly BackupMigration[] = BACKUP_MIGRATIONS,
): BackupParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ kind: 'notJson' }] };
  }
  if (!isPlainObject(json) || json.format !== BACKUP_FORMAT) {
    return { ok: false, errors: [{ kind: 'wrongFormat', expected: BACKUP_FORMAT }] };
  }
  const migrated = migrateBackup(json, migrations);
  if (!migrated.ok) return migrated;
  // reportInput lets a missing field be told apart from a wrong one.
  const result = backupSchema.safeParse(migrated.backup, {
    reportInput: true,
    error: wrongTypeMessage,
  });
  const repeated = repeatedSessions(migrated.backup);
  if (result.success && repeated.length === 0) return { ok: true, backup: result.data };
  const issues = result.success ? [] : result.error.issues;
  const fields = issues.map((issue) => issueProblem(issue, migrated.backup));
  return { ok: false, errors: shownProblems([...fields, ...repeated]) };
}

/** Deep equality of plain JSON-like values, ignoring key order. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameContent(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameContent(left[key], right[key]));
}

export interface MergeResult {
  /** The existing records followed by the added ones. */
  merged: SessionRecord[];
  /** Incoming records whose id was new: the ones to store. */
  added: SessionRecord[];
  /** Incoming records identical to one already there. */
  skipped: number;
  /** Ids that came in with different content; the existing record was kept. */
  conflicts: string[];
}

/**
 * Adds what is new, never overwrites: an existing record always wins over an incoming one. A
 * parsed backup holds each id once (parseBackup refuses a file that repeats one).
 */
export function mergeSessions(
  existing: readonly SessionRecord[],
  incoming: readonly SessionRecord[],
): MergeResult {
  const byId = new Map<string, SessionRecord>();
  for (const record of existing) byId.set(record.id, record);
  const added: SessionRecord[] = [];
  const conflicts: string[] = [];
  let skipped = 0;
  for (const record of incoming) {
    const kept = byId.get(record.id);
    if (kept === undefined) {
      byId.set(record.id, record);
      added.push(record);
    } else if (sameContent(kept, record)) {
      skipped++;
    } else {
      conflicts.push(record.id);
    }
  }
  return { merged: [...existing, ...added], added, skipped, conflicts };
}
