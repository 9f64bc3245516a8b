// Where sessions are kept: the storage port, its IndexedDB (Dexie) adapter and an in-memory fake.
import type { Table } from 'dexie';
import Dexie from 'dexie';
import type { MergeResult } from '../domain/record/backup';
import { mergeSessions, parseBackup } from '../domain/record/backup';
import type { BackupProblem } from '../domain/record/backupProblem';
import type { Profile } from '../domain/record/profile';
import { profileSchema, recordSchema, sessionFactsSchema } from '../domain/record/recordSchema';
import type { SessionRecord } from '../domain/record/sessionRecord';
import { factsOf, type SessionFacts } from '../domain/record/trends';
import type { StorageVersion } from './storageMigrations';
import { DB_NAME, declareVersions, STORAGE_VERSIONS } from './storageMigrations';

// ---- the port ----

/** The session in progress, saved at every phase change so a crash loses nothing (H11). */
export interface ActiveSession {
  /** The session machine's persisted snapshot, opaque here. */
  snapshot: unknown;
  record: SessionRecord;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
}

export interface ImportResult {
  /** How many sessions were new and are now stored. */
  added: number;
  /** Identical to a session already stored. */
  skipped: number;
  /** Ids stored with different content; the stored session was kept. */
  conflicts: string[];
}

export interface StoredData {
  /** Newest first. */
  sessions: SessionRecord[];
  profile: Profile | undefined;
}

/** Every method rejects with a StorageError the UI can show; nothing is swallowed. */
export interface SessionStore {
  /** Saves or replaces the session with this id. */
  saveSession(record: SessionRecord): Promise<void>;
  getSession(id: string): Promise<SessionRecord | undefined>;
  /** Newest first (by start time, then id). */
  listSessions(options?: ListOptions): Promise<SessionRecord[]>;
  /** What the trends chart of every stored session, in no order, without reading its pulls. */
  sessionFacts(): Promise<SessionFacts[]>;
  count(): Promise<number>;
  saveProfile(profile: Profile): Promise<void>;
  getProfile(): Promise<Profile | undefined>;
  saveActive(snapshot: unknown, record: SessionRecord): Promise<void>;
  getActive(): Promise<ActiveSession | undefined>;
  clearActive(): Promise<void>;
  /** Adds the sessions whose ids are new, in one transaction: all of them or none. */
  importSessions(records: readonly SessionRecord[]): Promise<ImportResult>;
  exportAll(): Promise<StoredData>;
  /** Deletes sessions, profile and the session in progress. */
  deleteAll(): Promise<void>;
  /** Ids of stored sessions found damaged when read: left as they are, and not listed (H12). */
  damagedSessions(): string[];
}

// ---- errors ----

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
    'Tractus is open in another tab with a different version. Close the other tabs, then ' +
    'reload this page.',
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

/** An open that fails for a reason we cannot name still means: no IndexedDB here. */
function openError(error: unknown): StorageError {
  const mapped = toStorageError(error);
  return mapped.kind === 'unknown'
    ? new StorageError('unavailable', STORAGE_MESSAGES.unavailable, { cause: error })
    : mapped;
}

// ---- shared by both adapters ----

/** Start time in ms for ordering; a record without a readable start sorts oldest. */
function sortKey(record: SessionRecord): number {
  const ms = Date.parse(record.startedAt);
  return Number.isFinite(ms) ? ms : 0;
}

function newestFirst(a: SessionRecord, b: SessionRecord): number {
  return sortKey(b) - sortKey(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

function newestRowFirst(a: SessionRow, b: SessionRow): number {
  return b.sortKey - a.sortKey || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

function pageOf(options: ListOptions | undefined): { offset: number; limit: number } {
  const offset = Math.max(0, Math.floor(options?.offset ?? 0));
  const limit = options?.limit === undefined ? Infinity : Math.max(0, Math.floor(options.limit));
  return { offset: Number.isFinite(offset) ? offset : 0, limit: Number.isNaN(limit) ? 0 : limit };
}

function importResult(merge: MergeResult): ImportResult {
  return { added: merge.added.length, skipped: merge.skipped, conflicts: merge.conflicts };
}

// ---- the in-memory fake (also the fallback when IndexedDB is unavailable) ----

export class MemorySessionStore implements SessionStore {
  /** What this store holds it was given by the app itself, already typed: nothing is damaged. */
  damagedSessions(): string[] {
    return [];
  }

  // Everything is cloned in and out, as IndexedDB does, so callers cannot change stored data.
  #sessions = new Map<string, SessionRecord>();
  #profile: Profile | undefined;
  #active: ActiveSession | undefined;

  async saveSession(record: SessionRecord): Promise<void> {
    this.#sessions.set(record.id, structuredClone(record));
  }

  async getSession(id: string): Promise<SessionRecord | undefined> {
    const record = this.#sessions.get(id);
    return record && structuredClone(record);
  }

  async listSessions(options?: ListOptions): Promise<SessionRecord[]> {
    const { offset, limit } = pageOf(options);
    const sorted = [...this.#sessions.values()].sort(newestFirst);
    return structuredClone(sorted.slice(offset, offset + limit));
  }

  async sessionFacts(): Promise<SessionFacts[]> {
    return [...this.#sessions.values()].map(factsOf);
  }

  async count(): Promise<number> {
    return this.#sessions.size;
  }

  async saveProfile(profile: Profile): Promise<void> {
    this.#profile = structuredClone(profile);
  }

  async getProfile(): Promise<Profile | undefined> {
    return this.#profile && structuredClone(this.#profile);
  }

  async saveActive(snapshot: unknown, record: SessionRecord): Promise<void> {
    this.#active = structuredClone({ snapshot, record });
  }

  async getActive(): Promise<ActiveSession | undefined> {
    return this.#active && structuredClone(this.#active);
  }

  async clearActive(): Promise<void> {
    this.#active = undefined;
  }

  async importSessions(records: readonly SessionRecord[]): Promise<ImportResult> {
    const existing = records.flatMap((r) => this.#sessions.get(r.id) ?? []);
    const merge = mergeSessions(existing, records);
    // Clone everything before changing anything: a clone that fails leaves the store as it was.
    const added = structuredClone(merge.added);
    for (const record of added) this.#sessions.set(record.id, record);
    return importResult(merge);
  }

  async exportAll(): Promise<StoredData> {
    return { sessions: await this.listSessions(), profile: await this.getProfile() };
  }

  async deleteAll(): Promise<void> {
    this.#sessions.clear();
    this.#profile = undefined;
    this.#active = undefined;
  }
}

// ---- the IndexedDB adapter ----

interface SessionRow {
  id: string;
  sortKey: number;
  record: SessionRecord;
}

/** A session's facts for the trends, kept beside its row (`facts` table, storage version 2). */
type FactsRow = SessionFacts;

type MetaRow = { key: 'profile'; value: Profile } | { key: 'active'; value: ActiveSession };

export interface DexieStoreOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** The storage versions to declare; tests pass synthetic later ones. */
  versions?: readonly StorageVersion[];
  /** An IndexedDB implementation other than the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Told when storage stops working while the app runs (another tab upgraded the database). */
  onProblem?: (error: StorageError) => void;
}

export class DexieSessionStore implements SessionStore {
  readonly db: Dexie;
  /** Set once storage can no longer be used here; every later call rejects with it. */
  #problem: StorageError | undefined;
  /** An open is waiting for another tab to close its connection. */
  #blocked = false;

  constructor(options: DexieStoreOptions = {}) {
    // Dexie takes an explicit undefined as "no IndexedDB", so pass only what was given.
    this.db = new Dexie(options.name ?? DB_NAME, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    declareVersions(this.db, options.versions ?? STORAGE_VERSIONS);
    this.db.on('versionchange', () => {
      // Close rather than keep writing with code that no longer matches the stored layout.
      const problem = new StorageError('blocked', STORAGE_MESSAGES.upgradedElsewhere);
      this.#problem = problem;
      this.db.close();
      options.onProblem?.(problem);
      return false; // Dexie's default would reopen on the next call with the old layout.
    });
  }

  /**
   * Opens (and upgrades) the database. Rejects with 'blocked' while another tab holds an older
   * version open; the open carries on in the background and completes once that tab lets go,
   * so a later call succeeds (queueing a second open behind it would wait without a word).
   */
  async open(): Promise<void> {
    if (this.db.isOpen()) return;
    if (this.#blocked) throw new StorageError('blocked', STORAGE_MESSAGES.blocked);
    let onBlocked = (): boolean => false;
    const blocked = new Promise<never>((_, reject) => {
      onBlocked = () => {
        this.#blocked = true;
        reject(new StorageError('blocked', STORAGE_MESSAGES.blocked));
        return false; // Dexie's default only logs.
      };
    });
    this.db.on('blocked', onBlocked);
    const opening = this.db.open().finally(() => {
      this.db.on('blocked').unsubscribe(onBlocked);
      this.#blocked = false;
    });
    // Once reported as blocked, a later failure of the background open surfaces on the next call.
    opening.catch(() => undefined);
    try {
      await Promise.race([opening, blocked]);
    } catch (error) {
      throw openError(error);
    }
  }

  close(): void {
    this.db.close();
  }

  get #sessions(): Table<SessionRow, string> {
    return this.db.table('sessions');
  }

  get #meta(): Table<MetaRow, string> {
    return this.db.table('meta');
  }

  get #facts(): Table<FactsRow, string> {
    return this.db.table('facts');
  }

  async #run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#problem) throw this.#problem;
    try {
      return await work();
    } catch (error) {
      throw this.#problem ?? toStorageError(error);
    }
  }

  saveSession(record: SessionRecord): Promise<void> {
    return this.#run(() =>
      // Both or neither: the trends never count a session the list does not have.
      this.db.transaction('rw', this.#sessions, this.#facts, async () => {
        await this.#sessions.put({ id: record.id, sortKey: sortKey(record), record });
        await this.#facts.put(factsOf(record));
      }),
    );
  }

  /** Ids whose stored record no longer matches the schema (a bug, a tool, a failing disk). */
  readonly #damaged = new Set<string>();

  damagedSessions(): string[] {
    return [...this.#damaged];
  }

  /** Stored data is checked like any other outside input: a damaged row is reported, not used. */
  #readable(rows: readonly SessionRow[]): SessionRecord[] {
    return rows.flatMap((row) => {
      const parsed = recordSchema.safeParse(row.record);
      if (parsed.success) return [parsed.data];
      this.#damaged.add(row.id);
      return [];
    });
  }

  getSession(id: string): Promise<SessionRecord | undefined> {
    return this.#run(async () => {
      const row = await this.#sessions.get(id);
      if (!row) return undefined;
      const [record] = this.#readable([row]);
      if (!record) throw new StorageError('damaged', STORAGE_MESSAGES.damagedSession);
      return record;
    });
  }

  listSessions(options?: ListOptions): Promise<SessionRecord[]> {
    return this.#run(async () => {
      const { offset, limit } = pageOf(options);
      if (limit === 0) return [];
      let rows = this.#sessions.orderBy('[sortKey+id]').reverse().offset(offset);
      if (Number.isFinite(limit)) rows = rows.limit(limit);
      return this.#readable(await rows.toArray());
    });
  }

  sessionFacts(): Promise<SessionFacts[]> {
    return this.#run(async () =>
      // Checked like whole records; a damaged row is left out of the trends (H12).
      (await this.#facts.toArray()).flatMap((row) => {
        const parsed = sessionFactsSchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      }),
    );
  }

  count(): Promise<number> {
    return this.#run(() => this.#sessions.count());
  }

  saveProfile(profile: Profile): Promise<void> {
    return this.#run(async () => {
      await this.#meta.put({ key: 'profile', value: profile });
    });
  }

  getProfile(): Promise<Profile | undefined> {
    return this.#run(async () => {
      const row = await this.#meta.get('profile');
      if (row?.key !== 'profile') return undefined;
      const parsed = profileSchema.safeParse(row.value);
      if (!parsed.success) throw new StorageError('damaged', STORAGE_MESSAGES.damagedProfile);
      return parsed.data;
    });
  }

  saveActive(snapshot: unknown, record: SessionRecord): Promise<void> {
    return this.#run(async () => {
      await this.#meta.put({ key: 'active', value: { snapshot, record } });
    });
  }

  getActive(): Promise<ActiveSession | undefined> {
    return this.#run(async () => {
      const row = await this.#meta.get('active');
      return row?.key === 'active' ? row.value : undefined;
    });
  }

  clearActive(): Promise<void> {
    return this.#run(() => this.#meta.delete('active'));
  }

  importSessions(records: readonly SessionRecord[]): Promise<ImportResult> {
    return this.#run(() =>
      // One read-write transaction: the id check and the writes cannot interleave with another
      // import, and if any write fails the transaction aborts and nothing is stored.
      this.db.transaction('rw', this.#sessions, this.#facts, async () => {
        const ids = [...new Set(records.map((r) => r.id))];
        const rows = await this.#sessions.bulkGet(ids);
        const existing = rows.flatMap((row) => (row ? [row.record] : []));
        const merge = mergeSessions(existing, records);
        await this.#sessions.bulkAdd(
          merge.added.map((record) => ({ id: record.id, sortKey: sortKey(record), record })),
        );
        await this.#facts.bulkPut(merge.added.map(factsOf));
        return importResult(merge);
      }),
    );
  }

  exportAll(): Promise<StoredData> {
    return this.#run(() =>
      this.db.transaction('r', this.#sessions, this.#meta, async () => {
        // One bulk read sorted here: a reversed index walk goes row by row (a cursor), many times
        // slower for years of sessions.
        const rows = (await this.#sessions.toArray()).sort(newestRowFirst);
        const profile = await this.#meta.get('profile');
        return {
          sessions: this.#readable(rows),
          profile: profile?.key === 'profile' ? profile.value : undefined,
        };
      }),
    );
  }

  deleteAll(): Promise<void> {
    return this.#run(() =>
      this.db.transaction('rw', this.#sessions, this.#meta, this.#facts, async () => {
        await this.#sessions.clear();
        await this.#meta.clear();
        await this.#facts.clear();
      }),
    );
  }
}

// ---- opening, and importing a backup file ----

export interface OpenedStore {
  store: SessionStore;
  /** Set when IndexedDB could not be used and sessions are kept in memory only. */
  warning: StorageError | null;
}

/** Stores whose open another tab blocked, by database name: a retry picks the open up. */
const blockedStores = new Map<string, DexieSessionStore>();

/**
 * The IndexedDB store, or an in-memory one with a warning when IndexedDB cannot be opened, so a
 * session can still run. A blocked upgrade is thrown instead: closing the other tab fixes it,
 * and calling again afterwards returns the store.
 */
export async function openSessionStore(options: DexieStoreOptions = {}): Promise<OpenedStore> {
  const name = options.name ?? DB_NAME;
  const store = blockedStores.get(name) ?? new DexieSessionStore(options);
  blockedStores.delete(name);
  try {
    await store.open();
    return { store, warning: null };
  } catch (error) {
    const problem = openError(error);
    if (problem.kind === 'blocked') {
      blockedStores.set(name, store);
      throw problem;
    }
    const message = `${problem.message} ${STORAGE_MESSAGES.inMemory}`;
    return {
      store: new MemorySessionStore(),
      warning: new StorageError(problem.kind, message, { cause: problem }),
    };
  }
}

export type ImportOutcome =
  | ({ ok: true; profile: Profile | undefined } & ImportResult)
  | { ok: false; errors: BackupProblem[] };

/**
 * Validates a backup file's text and adds its new sessions. A bad file changes nothing and says
 * why; a storage failure rejects with a StorageError. The backup's profile is returned, not
 * applied: what to restore from it is the caller's choice.
 */
export async function importBackup(store: SessionStore, text: string): Promise<ImportOutcome> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const result = await store.importSessions(parsed.backup.sessions);
  return { ok: true, profile: parsed.backup.profile, ...result };
}
