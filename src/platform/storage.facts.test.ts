// The trends' facts: kept in step with the sessions by both stores, and built for data stored
// before they existed.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleRecord } from '../domain/record/arbitraries';
import type { SessionRecord } from '../domain/record/sessionRecord';
import { factsOf, type SessionFacts } from '../domain/record/trends';
import type { SessionStore } from './storage';
import { DexieSessionStore, MemorySessionStore } from './storage';
import { STORAGE_VERSIONS } from './storageMigrations';

const opened: DexieSessionStore[] = [];
let dbCount = 0;

async function dexie(name = `facts-${++dbCount}`, versions = STORAGE_VERSIONS) {
  const store = new DexieSessionStore({ name, versions });
  await store.open();
  opened.push(store);
  return store;
}

afterEach(async () => {
  for (const store of opened.splice(0)) {
    store.close();
    await store.db.delete();
  }
});

function withPain(id: string, startedAt: string, before: number, after: number): SessionRecord {
  const record = exampleRecord(id, startedAt);
  return { ...record, painBefore: before, painAfter: after };
}

const jan = withPain('jan', '2025-01-10T09:00:00.000Z', 6, 4);
const feb = withPain('feb', '2025-02-10T09:00:00.000Z', 5, 3);
const mar = withPain('mar', '2025-03-10T09:00:00.000Z', 4, 2);

function byId(facts: SessionFacts[]): SessionFacts[] {
  return [...facts].sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe.each([
  ['IndexedDB', () => dexie()],
  ['memory', async () => new MemorySessionStore()],
] as const)('session facts (%s)', (_, make: () => Promise<SessionStore>) => {
  it('holds the facts of every saved session, and only those facts', async () => {
    const store = await make();
    await store.saveSession(jan);
    await store.saveSession(feb);
    const facts = byId(await store.sessionFacts());
    expect(facts).toEqual([factsOf(feb), factsOf(jan)]);
    expect(Object.keys(facts[0] ?? {}).sort()).toEqual([
      'id',
      'painAfter',
      'painBefore',
      'startedAt',
      'totals',
    ]);
  });

  it('follows a session saved again (its pain after added at the end)', async () => {
    const store = await make();
    await store.saveSession({ ...jan, painAfter: null });
    await store.saveSession(jan);
    expect(await store.sessionFacts()).toEqual([factsOf(jan)]);
  });

  it('gains the facts of imported sessions, and loses them all with Delete all data', async () => {
    const store = await make();
    await store.saveSession(jan);
    await store.importSessions([jan, feb, mar]);
    expect(byId(await store.sessionFacts()).map((f) => f.id)).toEqual(['feb', 'jan', 'mar']);
    await store.deleteAll('2025-01-01');
    expect(await store.sessionFacts()).toEqual([]);
  });
});

describe('storage version 2 builds the facts of sessions stored before it', () => {
  it('from every readable session; a damaged one is skipped and the upgrade still completes', async () => {
    const name = `facts-upgrade-${++dbCount}`;
    const v1 = await dexie(
      name,
      STORAGE_VERSIONS.filter((v) => v.version === 1),
    );
    // Rows as version 1 wrote them: the session alone.
    const row = (record: SessionRecord) => ({
      id: record.id,
      sortKey: Date.parse(record.startedAt),
      record,
    });
    await v1.db.table('sessions').bulkPut([row(jan), row(feb)]);
    // A row some earlier bug or tool left without totals: not listed, and no facts either.
    await v1.db.table('sessions').put({ id: 'bad', sortKey: 1, record: { id: 'bad' } });
    v1.close();

    const current = await dexie(name);
    expect(current.db.verno).toBe(2);
    expect(byId(await current.sessionFacts())).toEqual([factsOf(feb), factsOf(jan)]);
    expect((await current.listSessions()).map((r) => r.id)).toEqual(['feb', 'jan']);
  });

  it('leaves a facts row that no longer matches its schema out of the trends', async () => {
    const store = await dexie();
    await store.saveSession(jan);
    await store.db.table('facts').put({ ...factsOf(feb), painBefore: 'a lot' });
    expect(await store.sessionFacts()).toEqual([factsOf(jan)]);
  });
});
