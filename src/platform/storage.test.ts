// One contract, two stores: IndexedDB (Dexie on fake-indexeddb) and the in-memory fake behave alike.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleRecord } from '../domain/record/arbitraries';
import { createBackup } from '../domain/record/backup';
import { initialProfile } from '../domain/record/profile';
import type { SessionRecord } from '../domain/record/sessionRecord';
import type { ListOptions, SessionStore } from './storage';
import { DexieSessionStore, importBackup, keyOf, MemorySessionStore } from './storage';

let opened: DexieSessionStore[] = [];
let dbCount = 0;

async function dexieStore(): Promise<SessionStore> {
  const store = new DexieSessionStore({ name: `contract-${++dbCount}` });
  await store.open();
  opened.push(store);
  return store;
}

async function memoryStore(): Promise<SessionStore> {
  return new MemorySessionStore();
}

afterEach(async () => {
  for (const store of opened) {
    store.close();
    await store.db.delete();
  }
  opened = [];
});

const jan = exampleRecord('jan', '2025-01-10T09:00:00.000Z');
const feb = exampleRecord('feb', '2025-02-10T09:00:00.000Z');
const mar = exampleRecord('mar', '2025-03-10T09:00:00.000Z');

function backupOf(records: SessionRecord[]): string {
  return JSON.stringify(createBackup(records, initialProfile(), '2025-04-01T00:00:00.000Z'));
}

describe.each([
  ['DexieSessionStore', dexieStore],
  ['MemorySessionStore', memoryStore],
])('%s', (_name, makeStore) => {
  it('starts empty', async () => {
    const store = await makeStore();
    expect(await store.count()).toBe(0);
    expect(await store.listSessions()).toEqual([]);
    expect(await store.getSession('jan')).toBeUndefined();
    expect(await store.getProfile()).toBeUndefined();
    expect(await store.getActive()).toBeUndefined();
  });

  it('keeps a saved session and gives it back unchanged', async () => {
    const store = await makeStore();
    await store.saveSession(jan);
    expect(await store.getSession('jan')).toEqual(jan);
    expect(await store.count()).toBe(1);
  });

  it('replaces a session saved again under the same id (saved at every phase change)', async () => {
    const store = await makeStore();
    await store.saveSession({ ...jan, end: null, painAfter: null });
    await store.saveSession(jan);
    expect(await store.count()).toBe(1);
    expect(await store.getSession('jan')).toEqual(jan);
  });

  it('lists newest first and pages by key: a page starts after the session given', async () => {
    const store = await makeStore();
    for (const record of [feb, jan, mar]) await store.saveSession(record);
    const ids = async (options?: ListOptions) =>
      (await store.listSessions(options)).map((r) => r.id);
    expect(await ids()).toEqual(['mar', 'feb', 'jan']);
    expect(await ids({ limit: 2 })).toEqual(['mar', 'feb']);
    expect(await ids({ limit: 2, after: keyOf(feb) })).toEqual(['jan']);
    expect(await ids({ after: keyOf(mar) })).toEqual(['feb', 'jan']);
    expect(await ids({ limit: 0 })).toEqual([]);
    expect(await ids({ after: keyOf(jan) })).toEqual([]);
  });

  it('pages sessions that started at the same moment by id, each one once', async () => {
    const store = await makeStore();
    const same = ['a', 'b', 'c', 'd'].map((id) => exampleRecord(id, '2025-05-01T09:00:00Z'));
    for (const record of same) await store.saveSession(record);
    const first = await store.listSessions({ limit: 2 });
    const last = first[first.length - 1];
    if (!last) throw new Error('no first page');
    const second = await store.listSessions({ limit: 2, after: keyOf(last) });
    expect([...first, ...second].map((r) => r.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('repeats no session when a newer one is saved between two pages', async () => {
    const store = await makeStore();
    for (const record of [jan, feb]) await store.saveSession(record);
    const [newest] = await store.listSessions({ limit: 1 });
    if (!newest) throw new Error('no first page');
    await store.saveSession(mar);
    const next = await store.listSessions({ limit: 1, after: keyOf(newest) });
    expect(next.map((r) => r.id)).toEqual(['jan']);
  });

  it('orders by the moment a session started, however its time is written', async () => {
    const store = await makeStore();
    // 10:00 at UTC+2 is 08:00 UTC, before 09:00Z; "09:00:00.500Z" is after "09:00:00Z".
    await store.saveSession(exampleRecord('utc9', '2025-05-01T09:00:00Z'));
    await store.saveSession(exampleRecord('plus2', '2025-05-01T10:00:00+02:00'));
    await store.saveSession(exampleRecord('utc9half', '2025-05-01T09:00:00.500Z'));
    expect((await store.listSessions()).map((r) => r.id)).toEqual(['utc9half', 'utc9', 'plus2']);
  });

  it('gives copies: changing a returned record does not change what is stored', async () => {
    const store = await makeStore();
    await store.saveSession(jan);
    const copy = await store.getSession('jan');
    if (copy) copy.notes = 'changed';
    const [listed] = await store.listSessions();
    if (listed) listed.pulls.length = 0;
    expect(await store.getSession('jan')).toEqual(jan);
  });

  it('keeps the profile, replacing it on save', async () => {
    const store = await makeStore();
    const profile = initialProfile();
    await store.saveProfile(profile);
    expect(await store.getProfile()).toEqual(profile);
    const later = { ...profile, lastFullScreeningOn: '2025-05-01' };
    await store.saveProfile(later);
    expect(await store.getProfile()).toEqual(later);
  });

  it('keeps the session in progress until it is cleared (crash recovery)', async () => {
    const store = await makeStore();
    // A machine snapshot holds Infinity (an untimed deadline): it must survive storage.
    const snapshot = { value: 'hold', context: { deadline: Number.POSITIVE_INFINITY, pulls: [] } };
    await store.saveActive(snapshot, jan);
    expect(await store.getActive()).toEqual({ snapshot, record: jan });
    await store.saveActive({ ...snapshot, value: 'release' }, feb);
    expect(await store.getActive()).toEqual({
      snapshot: { ...snapshot, value: 'release' },
      record: feb,
    });
    await store.clearActive();
    expect(await store.getActive()).toBeUndefined();
    expect(await store.count()).toBe(0);
  });

  it('imports new sessions, skips identical ones and keeps the stored one on a conflict', async () => {
    const store = await makeStore();
    await store.saveSession(jan);
    await store.saveSession(feb);
    const editedFeb = { ...feb, notes: 'edited on another phone' };
    const result = await store.importSessions([jan, editedFeb, mar]);
    expect(result).toEqual({ added: 1, skipped: 1, conflicts: ['feb'] });
    expect(await store.count()).toBe(3);
    expect(await store.getSession('feb')).toEqual(feb);
    expect(await store.getSession('mar')).toEqual(mar);
  });

  it('imports one of two sessions with the same id in the same file', async () => {
    const store = await makeStore();
    const result = await store.importSessions([mar, { ...mar, notes: 'other' }, mar]);
    expect(result).toEqual({ added: 1, skipped: 1, conflicts: ['mar'] });
    expect(await store.listSessions()).toEqual([mar]);
  });

  it('exports every session newest first, with the profile', async () => {
    const store = await makeStore();
    await store.saveSession(jan);
    await store.saveSession(mar);
    await store.saveProfile(initialProfile());
    expect(await store.exportAll()).toEqual({ sessions: [mar, jan], profile: initialProfile() });
  });

  it('deletes everything: sessions, profile and the session in progress', async () => {
    const store = await makeStore();
    await store.saveSession(jan);
    await store.saveProfile(initialProfile());
    await store.saveActive({}, feb);
    await store.deleteAll('2025-01-01');
    expect(await store.exportAll()).toEqual({ sessions: [], profile: undefined });
    expect(await store.getActive()).toBeUndefined();
  });

  it('keeps only what a check still needs, so deleting is no way round it', async () => {
    const store = await makeStore();
    await store.saveSession(jan);
    const avoid = { on: '2025-01-01', reasons: ['pregnancy' as const] };
    const profile = {
      ...initialProfile(),
      welcomedOn: '2024-12-01',
      lastFullScreeningOn: '2024-12-20',
      professionalConfirmedOn: '2024-12-20',
      lastRedFlags: ['numbness' as const],
      lastUrgentOn: '2024-12-31',
      lastAvoid: avoid,
    };
    await store.saveProfile(profile);
    await store.deleteAll('2025-01-01');
    // Today's avoid outcome, yesterday's urgent day (no professional has agreed since), the signs.
    expect(await store.exportAll()).toEqual({
      sessions: [],
      profile: {
        ...initialProfile(),
        lastAvoid: avoid,
        lastUrgentOn: '2024-12-31',
        lastRedFlags: ['numbness'],
      },
    });
    // Once a professional has agreed after the urgent day, and the avoid day is over: nothing.
    await store.saveProfile({
      ...profile,
      professionalConfirmedOn: '2025-01-02',
      lastRedFlags: [],
    });
    await store.deleteAll('2025-01-03');
    expect((await store.exportAll()).profile).toBeUndefined();
  });

  it('round-trips: export, back up, import elsewhere gives the same records', async () => {
    const source = await makeStore();
    for (const record of [jan, feb, mar]) await source.saveSession(record);
    const { sessions, profile } = await source.exportAll();
    const text = JSON.stringify(createBackup(sessions, profile, '2025-04-01T00:00:00.000Z'));
    const target = await makeStore();
    expect(await importBackup(target, text)).toMatchObject({ ok: true, added: 3, skipped: 0 });
    expect(await target.exportAll()).toEqual(await source.exportAll());
  });

  it('adds nothing when the same backup is imported twice', async () => {
    const store = await makeStore();
    const text = backupOf([jan, feb]);
    expect(await importBackup(store, text)).toMatchObject({ ok: true, added: 2 });
    expect(await importBackup(store, text)).toMatchObject({ ok: true, added: 0, skipped: 2 });
    expect(await store.count()).toBe(2);
  });

  it('rejects a bad file with a message and changes nothing stored', async () => {
    const store = await makeStore();
    await store.saveSession(jan);
    await store.saveProfile(initialProfile());
    const before = await store.exportAll();
    // One good new session and one broken one: the good one must not slip in.
    const broken = { ...mar, pulls: [{ ...mar.pulls[0], rating: 'fine' }] };
    const text = JSON.stringify({ ...JSON.parse(backupOf([feb])), sessions: [feb, broken] });
    const outcome = await importBackup(store, text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.errors[0]).toMatchObject({
        kind: 'field',
        where: 'sessions[1].pulls[0].rating',
      });
    }
    expect(await importBackup(store, '{ not json')).toMatchObject({ ok: false });
    expect(await store.exportAll()).toEqual(before);
  });
});
