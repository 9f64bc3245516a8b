// The IndexedDB adapter's own duties: versioned upgrades, other tabs, and errors the UI can show.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleRecord } from '../domain/record/arbitraries';
import type { StorageError } from './storage';
import {
  DexieSessionStore,
  keyOf,
  MemorySessionStore,
  openSessionStore,
  STORAGE_MESSAGES,
  toStorageError,
} from './storage';
import type { StorageVersion } from './storageMigrations';
import { STORAGE_VERSIONS } from './storageMigrations';

const cleanups: (() => Promise<void> | void)[] = [];
let dbCount = 0;

function freshName(): string {
  return `tractus-test-${++dbCount}`;
}

async function opened(options: ConstructorParameters<typeof DexieSessionStore>[0] = {}) {
  const store = new DexieSessionStore(options);
  await store.open();
  cleanups.push(() => store.close());
  return store;
}

/** A plain IndexedDB connection, as another tab running other code would hold. */
function rawOpen(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function rejection(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise;
  } catch (error) {
    return error as StorageError;
  }
  throw new Error('expected a rejection');
}

const jan = exampleRecord('jan', '2025-01-10T09:00:00.000Z');
const feb = exampleRecord('feb', '2025-02-10T09:00:00.000Z');

// A made-up version after the latest real one, only to prove an upgrade runs over stored data and
// other tabs are told; every real version is opened from its own fixture in
// storage.migrations.test.ts.
const LATEST = STORAGE_VERSIONS.at(-1)?.version ?? 1;
const SYNTHETIC_NEXT: StorageVersion = {
  version: LATEST + 1,
  stores: { sessions: 'id, [sortKey+id], record.painBefore' },
  upgrade: (tx) =>
    tx
      .table('sessions')
      .toCollection()
      .modify((row: { record: { notes: string } }) => {
        row.record.notes = `${row.record.notes} (upgraded)`;
      }),
};

describe('storage versions', () => {
  it('creates the database at the latest version where none exists', async () => {
    const name = freshName();
    const store = await opened({ name });
    expect(store.db.verno).toBe(LATEST);
    expect(store.db.tables.map((t) => t.name).sort()).toEqual(['facts', 'meta', 'sessions']);
    await store.saveSession(jan);
    store.close();
    const again = await opened({ name });
    expect(await again.getSession('jan')).toEqual(jan);
  });

  it('upgrades an empty database an earlier start left behind', async () => {
    const name = freshName();
    (await rawOpen(name, 1)).close();
    const store = await opened({ name });
    await store.saveSession(jan);
    expect(await store.listSessions()).toEqual([jan]);
  });

  it('runs a later version’s upgrade over data an older version stored', async () => {
    const name = freshName();
    const v1 = await opened({ name, versions: STORAGE_VERSIONS });
    await v1.saveSession(jan);
    await v1.saveProfile({ ...(await v1.getProfile()), ...profileFixture });
    v1.close();
    const next = await opened({ name, versions: [...STORAGE_VERSIONS, SYNTHETIC_NEXT] });
    expect(next.db.verno).toBe(LATEST + 1);
    expect(await next.getSession('jan')).toEqual({ ...jan, notes: `${jan.notes} (upgraded)` });
    expect(await next.getProfile()).toEqual(profileFixture);
  });
});

const profileFixture = {
  welcomedOn: '2025-01-01',
  lastFullScreeningOn: '2025-01-01',
  lastFullScreeningOutcome: 'clear' as const,
  professionalConfirmedOn: null,
  plan: jan.plan,
  stopSignal: jan.stopSignal,
  lastRedFlags: ['dizziness' as const],
  lastUrgentOn: null,
  lastAvoid: null,
};

describe('other tabs', () => {
  it('stops saving, and says so, when another tab upgrades the database', async () => {
    const name = freshName();
    const problems: StorageError[] = [];
    const old = await opened({ name, onProblem: (p) => problems.push(p) });
    await old.saveSession(jan);
    const upgraded = await opened({ name, versions: [...STORAGE_VERSIONS, SYNTHETIC_NEXT] });
    expect(problems.map((p) => p.kind)).toEqual(['blocked']);
    const error = await rejection(old.saveSession(feb));
    expect(error).toMatchObject({ kind: 'blocked', message: STORAGE_MESSAGES.upgradedElsewhere });
    // The newer tab carries on with the data, upgraded.
    expect((await upgraded.getSession('jan'))?.notes).toBe(`${jan.notes} (upgraded)`);
    expect(await upgraded.count()).toBe(1);
  });

  it('runs in memory, and says why, while a tab that will not let go blocks the upgrade', async () => {
    const name = freshName();
    const holder = await rawOpen(name, 10); // Dexie's version 1 is IndexedDB version 10.
    const options = { name, versions: [...STORAGE_VERSIONS, SYNTHETIC_NEXT] };
    const blocked = await openSessionStore(options);
    expect(blocked.store).toBeInstanceOf(MemorySessionStore);
    expect(blocked.warning).toMatchObject({
      kind: 'blocked',
      message: `${STORAGE_MESSAGES.blocked} ${STORAGE_MESSAGES.inMemory}`,
    });
    expect(blocked.warning?.message).toContain('Close the other Tractus tabs, then reload');
    // A session can still start and be kept for as long as the page is open.
    await blocked.store.saveActive({ value: 'ramp' }, jan);
    await blocked.store.saveSession(jan);
    expect(await blocked.store.listSessions()).toEqual([jan]);
    // Asking again while the other tab still holds on answers at once, rather than hanging.
    const again = await openSessionStore(options);
    expect(again.store).toBeInstanceOf(MemorySessionStore);
    expect(again.warning?.kind).toBe('blocked');
    holder.close();
    // Nothing was given up for good: once the other tab lets go, a later call gets the database.
    await vi.waitFor(async () => {
      const { store, warning } = await openSessionStore(options);
      expect(warning).toBeNull();
      expect(store).toBeInstanceOf(DexieSessionStore);
      cleanups.push(() => (store as DexieSessionStore).close());
      expect((store as DexieSessionStore).db.verno).toBe(LATEST + 1);
    });
  });
});

describe('errors are mapped, never swallowed', () => {
  it('a full disk on save rejects with kind "quota"', async () => {
    const store = await opened({ name: freshName() });
    vi.spyOn(store.db.table('sessions'), 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const error = await rejection(store.saveSession(jan));
    expect(error).toMatchObject({ name: 'StorageError', kind: 'quota' });
    expect(error.message).toBe(STORAGE_MESSAGES.quota);
  });

  it('a write failing part-way through an import rolls the whole import back', async () => {
    const store = await opened({ name: freshName() });
    await store.saveSession(jan);
    const table = store.db.table('sessions');
    const bulkPut = table.bulkPut.bind(table);
    // Writes the rows, then fails as a full disk would: the transaction must undo the writes.
    const writeThenFail = async (...args: Parameters<typeof bulkPut>): Promise<never> => {
      await bulkPut(...args);
      throw new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'));
    };
    vi.spyOn(table, 'bulkPut').mockImplementation(writeThenFail as unknown as typeof bulkPut);
    const error = await rejection(store.importSessions([feb, exampleRecord('mar', jan.startedAt)]));
    expect(error.kind).toBe('quota');
    vi.restoreAllMocks();
    expect((await store.listSessions()).map((r) => r.id)).toEqual(['jan']);
  });

  it.each([
    ['a DOMException quota error', new DOMException('full', 'QuotaExceededError'), 'quota'],
    ['Dexie’s quota error', new Dexie.QuotaExceededError('full'), 'quota'],
    [
      'an abort caused by quota',
      new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')),
      'quota',
    ],
    [
      'a bulk write with a quota failure',
      new Dexie.BulkError('1 of 2 failed', [new DOMException('full', 'QuotaExceededError')]),
      'quota',
    ],
    ['no IndexedDB at all', new Dexie.MissingAPIError('no indexedDB'), 'unavailable'],
    [
      'an open refused in private mode',
      new Dexie.OpenFailedError(new DOMException('mutation', 'InvalidStateError')),
      'unavailable',
    ],
    ['storage forbidden', new DOMException('insecure', 'SecurityError'), 'unavailable'],
    ['data from a newer version', new Dexie.VersionError('newer'), 'blocked'],
    ['anything else', new Error('disk on fire'), 'unknown'],
    ['a thrown string', 'odd', 'unknown'],
  ])('%s → %s', (_name, error, kind) => {
    const mapped = toStorageError(error);
    expect(mapped.kind).toBe(kind);
    expect(mapped.message.length).toBeGreaterThan(20);
    expect(mapped.cause).toBe(error);
  });

  it('keeps the original detail in an unknown error’s message', () => {
    expect(toStorageError(new Error('disk on fire')).message).toContain('disk on fire');
  });
});

describe('damaged data on the device (H12)', () => {
  it('leaves a damaged session where it is, lists the others, and names it', async () => {
    const store = await opened({ name: freshName() });
    const good = exampleRecord('good', '2026-11-20T09:00:00.000Z');
    await store.saveSession(good);
    // As a bug, a tool or a failing disk might leave it: not a session any more.
    await store.db
      .table('sessions')
      .put({ id: 'bad', sortKey: 1, record: { id: 'bad', pulls: 3 } });
    expect(await store.listSessions()).toEqual([good]);
    expect(store.damagedSessions()).toEqual(['bad']);
    await expect(store.getSession('bad')).rejects.toMatchObject({ kind: 'damaged' });
    expect((await store.exportAll()).sessions).toEqual([good]);
    expect(await store.db.table('sessions').count()).toBe(2);
  });

  /** Five sessions a day apart (s4 newest) and, as a bug might leave it, a damaged row among them. */
  async function withDamagedRow(damagedSortKey: number) {
    const store = await opened({ name: freshName() });
    for (let day = 0; day < 5; day++) {
      await store.saveSession(exampleRecord(`s${day}`, `2025-03-0${day + 1}T09:00:00.000Z`));
    }
    await store.db
      .table('sessions')
      .put({ id: 'bad', sortKey: damagedSortKey, record: { id: 'bad', pulls: 3 } });
    return store;
  }

  /** The pages of `limit`, each starting after the last session of the one before (ten at most). */
  async function allPages(store: DexieSessionStore, limit: number): Promise<string[][]> {
    const pages: string[][] = [];
    let page = await store.listSessions({ limit });
    while (page.length > 0 && pages.length < 10) {
      pages.push(page.map((r) => r.id));
      const last = page[page.length - 1];
      if (!last || page.length < limit) break;
      page = await store.listSessions({ limit, after: keyOf(last) });
    }
    return pages;
  }

  it('pages past a damaged session: every other one once, each page full', async () => {
    // Between s3 and s2 (4 and 3 March): the first page of 3 meets it.
    const store = await withDamagedRow(Date.parse('2025-03-03T12:00:00.000Z'));
    expect(await allPages(store, 3)).toEqual([
      ['s4', 's3', 's2'],
      ['s1', 's0'],
    ]);
    expect(store.damagedSessions()).toEqual(['bad']);
  });

  it('reaches the sessions past a page that would hold only damaged rows', async () => {
    const store = await withDamagedRow(Date.parse('2025-03-03T12:00:00.000Z'));
    // Two more just after it: the page after s3 would hold nothing but damaged rows.
    for (const hour of [13, 14]) {
      const sortKey = Date.parse(`2025-03-03T${hour}:00:00.000Z`);
      await store.db.table('sessions').put({ id: `bad${hour}`, sortKey, record: {} });
    }
    expect(await allPages(store, 2)).toEqual([['s4', 's3'], ['s2', 's1'], ['s0']]);
    expect(store.damagedSessions().sort()).toEqual(['bad', 'bad13', 'bad14']);
  });

  it('forgets the damaged sessions it deleted, so none is reported after Delete all', async () => {
    const store = await withDamagedRow(1);
    await store.exportAll();
    expect(store.damagedSessions()).toEqual(['bad']);
    await store.deleteAll('2025-01-01');
    await store.importSessions([jan]);
    expect(await store.listSessions()).toEqual([jan]);
    expect(store.damagedSessions()).toEqual([]);
  });

  it('no longer reports a damaged session once it is saved again whole', async () => {
    const store = await withDamagedRow(1);
    await store.listSessions();
    expect(store.damagedSessions()).toEqual(['bad']);
    await store.saveSession(exampleRecord('bad', '2025-02-01T09:00:00.000Z'));
    expect(store.damagedSessions()).toEqual([]);
  });

  it('puts a backup’s good copy in place of a damaged session, so it is listed again', async () => {
    const store = await withDamagedRow(1);
    await store.listSessions();
    expect(store.damagedSessions()).toEqual(['bad']);
    const good = exampleRecord('bad', '2025-02-01T09:00:00.000Z');
    const result = await store.importSessions([
      good,
      exampleRecord('s0', '2025-03-01T09:00:00.000Z'),
    ]);
    expect(result).toMatchObject({ added: 1, skipped: 1, conflicts: [] });
    expect(await store.getSession('bad')).toEqual(good);
    expect((await store.listSessions()).map((r) => r.id)).toContain('bad');
    expect(store.damagedSessions()).toEqual([]);
    expect((await store.sessionFacts()).map((f) => f.id)).toContain('bad');
  });

  it('reads a profile stored before it kept the last warning signs as having none', async () => {
    const store = await opened({ name: freshName() });
    const { lastRedFlags: _, ...older } = profileFixture;
    await store.db.table('meta').put({ key: 'profile', value: older });
    expect(await store.getProfile()).toEqual({ ...older, lastRedFlags: [] });
  });

  it('reads a profile stored before it kept the urgent day as having none', async () => {
    const store = await opened({ name: freshName() });
    const { lastUrgentOn: _, ...older } = profileFixture;
    await store.db.table('meta').put({ key: 'profile', value: older });
    expect(await store.getProfile()).toEqual({ ...older, lastUrgentOn: null });
  });

  it('keeps the last warning signs and the urgent day through a save and a read', async () => {
    const store = await opened({ name: freshName() });
    const profile = {
      ...profileFixture,
      lastRedFlags: ['sharpPain' as const, 'urgentSign' as const],
      lastUrgentOn: '2025-01-02',
    };
    await store.saveProfile(profile);
    expect(await store.getProfile()).toEqual(profile);
    expect((await store.exportAll()).profile).toEqual(profile);
  });

  it('reports a damaged profile instead of handing it to the app', async () => {
    const store = await opened({ name: freshName() });
    await store.db.table('meta').put({ key: 'profile', value: { plan: { holdSeconds: 300 } } });
    await expect(store.getProfile()).rejects.toMatchObject({
      kind: 'damaged',
      message: STORAGE_MESSAGES.damagedProfile,
    });
  });
});

describe('openSessionStore', () => {
  it('opens IndexedDB when it works', async () => {
    const { store, warning } = await openSessionStore({ name: freshName() });
    cleanups.push(() => (store as DexieSessionStore).close());
    expect(store).toBeInstanceOf(DexieSessionStore);
    expect(warning).toBeNull();
  });

  function failingFactory(fail: (request: Record<string, unknown>) => void): IDBFactory {
    return {
      open: () => {
        const request: Record<string, unknown> = {};
        queueMicrotask(() => fail(request));
        return request;
      },
    } as unknown as IDBFactory;
  }

  it.each([
    [
      'the open fails as in private mode',
      failingFactory((request) => {
        const error = new DOMException('A mutation operation was attempted', 'InvalidStateError');
        (request.onerror as (e: unknown) => void)({
          target: { error },
          preventDefault: () => {},
          stopPropagation: () => {},
        });
      }),
    ],
    [
      'IndexedDB throws on open',
      {
        open: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      } as unknown as IDBFactory,
    ],
  ])('falls back to memory with a warning when %s', async (_name, factory) => {
    const { store, warning } = await openSessionStore({ name: freshName(), indexedDB: factory });
    expect(store).toBeInstanceOf(MemorySessionStore);
    expect(warning?.kind).toBe('unavailable');
    expect(warning?.message).toContain(STORAGE_MESSAGES.inMemory);
    // A session can still run and be saved for as long as the page is open.
    await store.saveSession(jan);
    expect(await store.listSessions()).toEqual([jan]);
  });
});
