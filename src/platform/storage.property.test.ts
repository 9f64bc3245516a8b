// Property tests of import (H12): whatever file comes in, no crash, no partial write, no overwrite.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileArb, sessionRecordArb, sessionRecordsArb } from '../domain/record/arbitraries';
import { createBackup, parseBackup } from '../domain/record/backup';
import { isClearProblem } from '../domain/record/backupProblemChecks';
import type { SessionRecord } from '../domain/record/sessionRecord';
import type { SessionStore } from './storage';
import { DexieSessionStore, importBackup, MemorySessionStore } from './storage';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path to a value inside a JSON value, the root excluded. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function parentOf(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? node[key as number] : node[key as string];
  }
  return node;
}

type Mutation =
  | { kind: 'set'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'addField'; at: number; key: string; value: Json };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.jsonValue() as fc.Arbitrary<Json>,
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('addField' as const),
    at: fc.nat(),
    key: fc.string({ minLength: 1, maxLength: 8 }),
    value: fc.jsonValue() as fc.Arbitrary<Json>,
  }),
);

/** Changes one place in a copy of the backup: a new value, a deleted field, an unexpected one. */
function mutate(backup: unknown, mutation: Mutation): Json {
  const root = JSON.parse(JSON.stringify(backup)) as Json;
  const paths = pathsOf(root);
  const path = paths[mutation.at % paths.length];
  if (path === undefined) return root;
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  if (parent === null || typeof parent !== 'object' || key === undefined) return root;
  if (Array.isArray(parent)) {
    const index = key as number;
    if (mutation.kind === 'set') parent[index] = mutation.value;
    else if (mutation.kind === 'delete') parent.splice(index, 1);
    else {
      const target = parent[index];
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        target[mutation.key] = mutation.value;
      }
    }
  } else {
    const field = key as string;
    if (mutation.kind === 'set') parent[field] = mutation.value;
    else if (mutation.kind === 'delete') delete parent[field];
    else {
      const target = parent[field];
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        target[mutation.key] = mutation.value;
      } else parent[mutation.key] = mutation.value;
    }
  }
  return root;
}

/** Stored sessions, and a backup that repeats some of them (some changed) and adds new ones. */
const scenarioArb = sessionRecordsArb(4).chain((existing) =>
  fc.record({
    existing: fc.constant(existing),
    incoming: fc
      .tuple(
        fc.subarray(existing),
        fc.subarray(existing).map((rs) => rs.map((r) => ({ ...r, notes: `${r.notes}!` }))),
        fc.array(sessionRecordArb, { maxLength: 4 }),
      )
      .map(([same, changed, fresh]) => [...same, ...changed, ...fresh]),
    profile: fc.option(profileArb, { nil: undefined }),
  }),
);

const EXPORTED_AT = '2025-06-01T12:00:00.000Z';

/** The only acceptable outcomes: refused with a reason and nothing changed, or exactly the new ids added. */
async function checkImport(store: SessionStore, existing: SessionRecord[], text: string) {
  await store.deleteAll('2025-01-01');
  await store.importSessions(existing);
  const before = await store.exportAll();
  const outcome = await importBackup(store, text);
  const after = await store.exportAll();
  if (!outcome.ok) {
    expect(outcome.errors.length).toBeGreaterThan(0);
    for (const error of outcome.errors) expect(isClearProblem(error), error.kind).toBe(true);
    expect(after).toEqual(before);
    return false;
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error('importBackup accepted what parseBackup refuses');
  const storedIds = new Set(before.sessions.map((r) => r.id));
  const newIds = new Set(
    parsed.backup.sessions.map((r) => r.id).filter((id) => !storedIds.has(id)),
  );
  expect(outcome.added).toBe(newIds.size);
  expect(after.sessions).toHaveLength(before.sessions.length + newIds.size);
  // Nothing stored is ever overwritten, conflict or not.
  for (const record of before.sessions) {
    expect(after.sessions.find((r) => r.id === record.id)).toEqual(record);
  }
  expect(after.profile).toEqual(before.profile);
  return true;
}

const stores: [string, () => SessionStore][] = [
  ['DexieSessionStore', () => new DexieSessionStore({ name: 'property-dexie' })],
  ['MemorySessionStore', () => new MemorySessionStore()],
];

describe.each(stores)('importing into %s', (_name, makeStore) => {
  let store: SessionStore;
  beforeAll(async () => {
    store = makeStore();
    if (store instanceof DexieSessionStore) await store.open();
  });
  afterAll(() => {
    if (store instanceof DexieSessionStore) store.close();
  });

  it('never throws on a mix of JSON, near-backups, text and backups; merges or refuses', async () => {
    const almostBackup = fc.record(
      {
        format: fc.constant('tractus-backup'),
        schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
        exportedAt: fc.oneof(fc.constant(EXPORTED_AT), fc.jsonValue()),
        sessions: fc.array(fc.jsonValue(), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    const textArb = fc.oneof(
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      almostBackup.map((v) => JSON.stringify(v)),
      fc.string(),
      sessionRecordsArb(3).map((rs) => JSON.stringify(createBackup(rs, undefined, EXPORTED_AT))),
    );
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(sessionRecordsArb(2), textArb, async (existing, text) => {
        if (await checkImport(store, existing, text)) accepted++;
      }),
      { numRuns: 1000 },
    );
    // Both branches were exercised, so neither check above is vacuous.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(1000);
  }, 120_000);

  // Arbitrary JSON and nothing else: the mix above draws only part of its texts from it.
  it.each([
    ['fc.json()', fc.json()],
    ['fc.jsonValue(), stringified', fc.jsonValue().map((value) => JSON.stringify(value))],
  ])(
    '1,000 documents from %s: never throws, never writes part, merges or refuses',
    async (_name, texts) => {
      await fc.assert(
        fc.asyncProperty(sessionRecordsArb(2), texts, async (existing, text) => {
          await checkImport(store, existing, text);
        }),
        { numRuns: 1000 },
      );
    },
    120_000,
  );

  it('a valid backup with one thing changed: no crash, no partial write', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        scenarioArb,
        mutationArb,
        async ({ existing, incoming, profile }, mutation) => {
          const backup = createBackup(incoming, profile, EXPORTED_AT);
          const text = JSON.stringify(mutate(backup, mutation));
          if (await checkImport(store, existing, text)) accepted++;
        },
      ),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(1000);
  }, 120_000);
});
