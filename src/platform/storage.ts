// Where sessions are kept: the IndexedDB (Dexie) adapter of the storage port, opening it, and
// importing a backup file. The port, the in-memory adapter and the errors are re-exported here.
import type { Collection, Table } from 'dexie';
import Dexie from 'dexie';
import { mergeSessions, parseBackup } from '../domain/record/backup';
import type { BackupProblem } from '../domain/record/backupProblem';
import { type Profile, profileAfterDeleteAll } from '../domain/record/profile';
import { profileSchema, recordSchema, sessionFactsSchema } from '../domain/record/recordSchema';
import type { SessionRecord } from '../domain/record/sessionRecord';
import { factsOf, type SessionFacts } from '../domain/record/trends';
import type {
  ActiveSession,
  ImportResult,
  ListOptions,
  OpenedStore,
  SessionKey,
  SessionStore,
  StoredData,
} from './sessionStore';
import { importResult, memoryFallback, pageOf, sortKey } from './sessionStore';
import { STORAGE_MESSAGES, StorageError, toStorageError } from './storageError';
import type { StorageVersion } from './storageMigrations';
import { DB_NAME, declareVersions, STORAGE_VERSIONS } from './storageMigrations';

export * from './sessionStore';
export * from './storageError';

/** An open that fails for a reason we cannot name still means: no IndexedDB here. */
function openError(error: unknown): StorageError {
  const mapped = toStorageError(error);
  return mapped.kind === 'unknown'
    ? new StorageError('unavailable', STORAGE_MESSAGES.unavailable, { cause: error })
    : mapped;
}

// ---- the IndexedDB adapter ----

function newestRowFirst(a: SessionRow, b: SessionRow): number {
  return b.sortKey - a.sortKey || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

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
    return this.#run(async () => {
      // Both or neither: the trends never count a session the list does not have.
      await this.db.transaction('rw', this.#sessions, this.#facts, async () => {
        await this.#sessions.put({ id: record.id, sortKey: sortKey(record), record });
        await this.#facts.put(factsOf(record));
      });
      // Saved whole over a damaged row, it is a session again.
      this.#damaged.delete(record.id);
    });
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
      const { after, limit } = pageOf(options);
      if (limit === 0) return [];
      // One read transaction: the rows read to fill the page all come from the same moment.
      return this.db.transaction('r', this.#sessions, () => this.#pageAfter(after, limit));
    });
  }

  /** Reads on past damaged rows until the page is full, so a short page means the list ended. */
  async #pageAfter(after: SessionKey | undefined, limit: number): Promise<SessionRecord[]> {
    const page: SessionRecord[] = [];
    let from = after;
    while (page.length < limit) {
      const wanted = limit - page.length;
      const rows = await this.#rowsAfter(from, wanted).toArray();
      page.push(...this.#readable(rows));
      const last = rows[rows.length - 1];
      if (!last || rows.length < wanted) break;
      from = { sortKey: last.sortKey, id: last.id };
    }
    return page;
  }

  /** Newest first from just after `from`, by the [sortKey+id] index: no row is read twice. */
  #rowsAfter(from: SessionKey | undefined, limit: number): Collection<SessionRow, string> {
    const rows = from
      ? this.#sessions.where('[sortKey+id]').below([from.sortKey, from.id]).reverse()
      : this.#sessions.orderBy('[sortKey+id]').reverse();
    return Number.isFinite(limit) ? rows.limit(limit) : rows;
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
      this.#profileDamaged = false;
    });
  }

  getProfile(): Promise<Profile | undefined> {
    return this.#run(async () => {
      const row = await this.#meta.get('profile');
      const profile = this.#readableProfile(row);
      if (this.#profileDamaged) throw new StorageError('damaged', STORAGE_MESSAGES.damagedProfile);
      return profile;
    });
  }

  #profileDamaged = false;

  profileDamaged(): boolean {
    return this.#profileDamaged;
  }

  /**
   * The stored profile as read today (fields added since it was saved take their defaults), or
   * undefined: none stored, or damaged. A damaged one stays in a backup's way, so none goes out.
   */
  #readableProfile(row: MetaRow | undefined): Profile | undefined {
    if (row?.key !== 'profile') {
      this.#profileDamaged = false;
      return undefined;
    }
    const parsed = profileSchema.safeParse(row.value);
    this.#profileDamaged = !parsed.success;
    return parsed.success ? parsed.data : undefined;
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
    return this.#run(async () => {
      // One read-write transaction: the id check and the writes cannot interleave with another
      // import, and if any write fails the transaction aborts and nothing is stored.
      const { result, repaired } = await this.db.transaction(
        'rw',
        this.#sessions,
        this.#facts,
        async () => {
          const ids = [...new Set(records.map((r) => r.id))];
          const rows = (await this.#sessions.bulkGet(ids)).flatMap((row) => (row ? [row] : []));
          // A damaged row counts as absent: the backup's good copy takes its place.
          const existing = this.#readable(rows);
          const merge = mergeSessions(existing, records);
          await this.#sessions.bulkPut(
            merge.added.map((record) => ({ id: record.id, sortKey: sortKey(record), record })),
          );
          await this.#facts.bulkPut(merge.added.map(factsOf));
          return { result: importResult(merge), repaired: merge.added.map((r) => r.id) };
        },
      );
      for (const id of repaired) this.#damaged.delete(id);
      return result;
    });
  }

  exportAll(): Promise<StoredData> {
    return this.#run(() =>
      this.db.transaction('r', this.#sessions, this.#meta, async () => {
        // One bulk read sorted here: a reversed index walk goes row by row (a cursor), many times
        // slower for years of sessions.
        const rows = (await this.#sessions.toArray()).sort(newestRowFirst);
        const row = await this.#meta.get('profile');
        return { sessions: this.#readable(rows), profile: this.#readableProfile(row) };
      }),
    );
  }

  deleteAll(today: string): Promise<void> {
    return this.#run(async () => {
      await this.db.transaction('rw', this.#sessions, this.#meta, this.#facts, async () => {
        const row = await this.#meta.get('profile');
        const parsed = row?.key === 'profile' ? profileSchema.safeParse(row.value) : undefined;
        const kept = profileAfterDeleteAll(parsed?.success ? parsed.data : undefined, today);
        await this.#sessions.clear();
        await this.#meta.clear();
        await this.#facts.clear();
        if (kept !== undefined) await this.#meta.put({ key: 'profile', value: kept });
      });
      // The damaged rows went with the rest: none may be reported after a new import.
      this.#damaged.clear();
      this.#profileDamaged = false;
    });
  }
}

// ---- opening, and importing a backup file ----

/** Stores whose open another tab blocked, by database name: a later call picks the open up. */
const blockedStores = new Map<string, DexieSessionStore>();

/**
 * The IndexedDB store, or an in-memory one with a warning when IndexedDB cannot be opened, so a
 * session can still run. A blocked upgrade (another tab holds the old version) falls back the
 * same way; its open carries on, and a later call returns the store once the other tab lets go.
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
    if (problem.kind === 'blocked' && !store.db.isOpen()) blockedStores.set(name, store);
    return memoryFallback(problem);
  }
}

export type ImportOutcome =
  | ({
      ok: true;
      profile: Profile | undefined;
      /** When the backup's newest session started (ISO); undefined if it has none. */
      newestSessionAt: string | undefined;
    } & ImportResult)
  | { ok: false; errors: BackupProblem[] };

/**
 * Validates a backup file's text and adds its new sessions. A bad file changes nothing and says
 * why; a storage failure rejects with a StorageError. The backup's profile is returned, not
 * applied: what to restore from it is the caller's choice.
 */
export async function importBackup(store: SessionStore, text: string): Promise<ImportOutcome> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const { sessions, profile } = parsed.backup;
  const result = await store.importSessions(sessions);
  const newest = sessions.reduce<SessionRecord | undefined>(
    (found, record) => (found && sortKey(found) >= sortKey(record) ? found : record),
    undefined,
  );
  return { ok: true, profile, newestSessionAt: newest?.startedAt, ...result };
}
