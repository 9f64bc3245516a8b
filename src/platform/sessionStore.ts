// The storage port (what the app asks of wherever sessions are kept), its in-memory adapter and
// the ordering both adapters share. No storage code here: the app can fall back to it alone.
import type { MergeResult } from '../domain/record/backup';
import { mergeSessions } from '../domain/record/backup';
import { type Profile, profileAfterDeleteAll } from '../domain/record/profile';
import type { SessionRecord } from '../domain/record/sessionRecord';
import { factsOf, type SessionFacts } from '../domain/record/trends';
import { STORAGE_MESSAGES, StorageError, toStorageError } from './storageError';

/** The session in progress, saved at every phase change so a crash loses nothing (H11). */
export interface ActiveSession {
  /** The session machine's persisted snapshot, opaque here. */
  snapshot: unknown;
  record: SessionRecord;
}

/** Where a session sits in the list: its start, then its id for sessions started together. */
export interface SessionKey {
  sortKey: number;
  id: string;
}

export interface ListOptions {
  limit?: number;
  /** The page starts just after this session: by key, not by count, so nothing is listed twice. */
  after?: SessionKey;
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
  /**
   * Newest first (by start time, then id). A page is full unless the list ends within it: damaged
   * sessions are read past, not counted.
   */
  listSessions(options?: ListOptions): Promise<SessionRecord[]>;
  /** What the trends chart of every stored session, in no order, without reading its pulls. */
  sessionFacts(): Promise<SessionFacts[]>;
  /** Sessions stored, damaged ones included: less damagedSessions() once they have been read. */
  count(): Promise<number>;
  saveProfile(profile: Profile): Promise<void>;
  getProfile(): Promise<Profile | undefined>;
  saveActive(snapshot: unknown, record: SessionRecord): Promise<void>;
  getActive(): Promise<ActiveSession | undefined>;
  clearActive(): Promise<void>;
  /**
   * Adds the sessions whose ids are new, in one transaction: all of them or none. A stored session
   * found damaged counts as absent, so a backup's good copy replaces it.
   */
  importSessions(records: readonly SessionRecord[]): Promise<ImportResult>;
  /** Everything readable; a damaged profile is left out (see profileDamaged) so the file imports. */
  exportAll(): Promise<StoredData>;
  /**
   * Deletes sessions, profile and the session in progress, keeping of the profile only what a check
   * on `today` (YYYY-MM-DD, local) still needs: see profileAfterDeleteAll.
   */
  deleteAll(today: string): Promise<void>;
  /** Ids of stored sessions found damaged when read: left as they are, and not listed (H12). */
  damagedSessions(): string[];
  /** Whether the stored profile was found damaged when last read (and so not exported). */
  profileDamaged(): boolean;
}

/** Start time in ms for ordering; a record without a readable start sorts oldest. */
export function sortKey(record: SessionRecord): number {
  const ms = Date.parse(record.startedAt);
  return Number.isFinite(ms) ? ms : 0;
}

export function keyOf(record: SessionRecord): SessionKey {
  return { sortKey: sortKey(record), id: record.id };
}

/** Whether the session comes after the key in the list, newest first. */
function listedAfter(record: SessionRecord, key: SessionKey): boolean {
  const ms = sortKey(record);
  return ms < key.sortKey || (ms === key.sortKey && record.id < key.id);
}

export function newestFirst(a: SessionRecord, b: SessionRecord): number {
  return sortKey(b) - sortKey(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export function pageOf(options: ListOptions | undefined): {
  after: SessionKey | undefined;
  limit: number;
} {
  const limit = options?.limit === undefined ? Infinity : Math.max(0, Math.floor(options.limit));
  return { after: options?.after, limit: Number.isNaN(limit) ? 0 : limit };
}

export function importResult(merge: MergeResult): ImportResult {
  return { added: merge.added.length, skipped: merge.skipped, conflicts: merge.conflicts };
}

// The in-memory adapter: the tests' fake, and the fallback when IndexedDB cannot be used.
export class MemorySessionStore implements SessionStore {
  /** What this store holds it was given by the app itself, already typed: nothing is damaged. */
  damagedSessions(): string[] {
    return [];
  }

  profileDamaged(): boolean {
    return false;
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
    const { after, limit } = pageOf(options);
    const sorted = [...this.#sessions.values()].sort(newestFirst);
    const from = after ? sorted.filter((record) => listedAfter(record, after)) : sorted;
    return structuredClone(from.slice(0, limit));
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

  async deleteAll(today: string): Promise<void> {
    this.#sessions.clear();
    this.#profile = profileAfterDeleteAll(this.#profile, today);
    this.#active = undefined;
  }
}

export interface OpenedStore {
  store: SessionStore;
  /** Set when IndexedDB could not be used and sessions are kept in memory only. */
  warning: StorageError | null;
}

/** Sessions kept in memory, with a warning saying why and that nothing outlives the page. */
export function memoryFallback(error: unknown): OpenedStore {
  const problem = toStorageError(error);
  const message = `${problem.message} ${STORAGE_MESSAGES.inMemory}`;
  return {
    store: new MemorySessionStore(),
    warning: new StorageError(problem.kind, message, { cause: problem }),
  };
}
