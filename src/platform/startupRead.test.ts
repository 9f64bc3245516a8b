import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exampleRecord } from '../domain/record/arbitraries';
import { initialProfile } from '../domain/record/profile';
import { readAtStartup } from './startupRead';
import { DexieSessionStore } from './storage';

let n = 0;
const fresh = () => `tractus-startup-${++n}`;

describe('reading at start-up without Dexie', () => {
  it('finds nothing, and creates nothing, where there is no database yet', async () => {
    const name = fresh();
    expect(await readAtStartup(indexedDB, name)).toEqual({ profile: undefined, active: undefined });
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain(name);
  });

  it('reads the profile and the session in progress the store saved', async () => {
    const name = fresh();
    const store = new DexieSessionStore({ name });
    await store.open();
    const profile = { ...initialProfile(), welcomedOn: '2026-11-01' };
    const record = exampleRecord('s1', '2026-11-20T09:00:00.000Z');
    await store.saveProfile(profile);
    await store.saveActive({ value: 'hold' }, record);
    store.close();
    expect(await readAtStartup(indexedDB, name)).toEqual({
      profile,
      active: { snapshot: { value: 'hold' }, record },
    });
  });

  it('leaves the database usable by the store afterwards', async () => {
    const name = fresh();
    await readAtStartup(indexedDB, name);
    const store = new DexieSessionStore({ name });
    await store.open();
    await store.saveProfile(initialProfile());
    expect(await store.getProfile()).toEqual(initialProfile());
    store.close();
  });

  it('finds nothing without IndexedDB (some private modes)', async () => {
    expect(await readAtStartup(undefined)).toEqual({ profile: undefined, active: undefined });
  });
});
