// Every storage version ever shipped: a database it left behind opens with the current code, and
// every record in it reads back through the port (a version without a fixture fails here).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DexieSessionStore } from './storage';
import { STORAGE_FIXTURES } from './storageFixtures';
import { declareVersions, STORAGE_VERSIONS } from './storageMigrations';

const CURRENT = Math.max(...STORAGE_VERSIONS.map((v) => v.version));
const open: DexieSessionStore[] = [];

afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

/** A database as version `version` left it: its own layout, holding the fixture's rows. */
async function seedAt(name: string, version: number): Promise<void> {
  const fixture = STORAGE_FIXTURES[version];
  if (!fixture) throw new Error(`No fixture for storage version ${version}: add one.`);
  const db = new Dexie(name);
  declareVersions(
    db,
    STORAGE_VERSIONS.filter((v) => v.version <= version),
  );
  await db.open();
  for (const [table, rows] of Object.entries(fixture.rows)) await db.table(table).bulkPut(rows);
  db.close();
}

describe('storage versions', () => {
  it('has a fixture for every version, and for no other', () => {
    const fixtures = Object.keys(STORAGE_FIXTURES).map(Number);
    expect(fixtures.sort((a, b) => a - b)).toEqual(STORAGE_VERSIONS.map((v) => v.version));
  });

  it.each(STORAGE_VERSIONS.map((v) => [v.version]))(
    'a database left by version %i opens with the current code, every record intact',
    async (version) => {
      const name = `tractus-version-${version}`;
      await seedAt(name, version);
      const store = new DexieSessionStore({ name });
      await store.open();
      open.push(store);
      expect(store.db.verno).toBe(CURRENT);

      const expected = STORAGE_FIXTURES[version]?.readBack;
      if (!expected) throw new Error(`No fixture for storage version ${version}: add one.`);
      expect(await store.count()).toBe(expected.sessions.length);
      expect(await store.listSessions()).toEqual(expected.sessions);
      for (const record of expected.sessions) {
        expect(await store.getSession(record.id)).toEqual(record);
      }
      expect(store.damagedSessions()).toEqual([]);
      const facts = await store.sessionFacts();
      expect(facts.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(expected.facts);
      expect(await store.getProfile()).toEqual(expected.profile);
      expect(await store.getActive()).toEqual(expected.active);
      expect(await store.exportAll()).toEqual({
        sessions: expected.sessions,
        profile: expected.profile,
      });
    },
  );
});
