// Test support only: a store holding example sessions, and their start times one day apart.
// dexieStoreWith needs the test file to import 'fake-indexeddb/auto' first.
import { exampleRecord } from '../../../domain/record/arbitraries';
import type { SessionRecord } from '../../../domain/record/sessionRecord';
import { DexieSessionStore, MemorySessionStore } from '../../../platform/storage';

const DAY_MS = 24 * 60 * 60 * 1000;
const FIRST = Date.UTC(2024, 0, 1, 9, 30);

/** `n` example sessions, the first on 1 January 2024 and each a day after the one before. */
export function dailySessions(n: number, everyDays = 1): SessionRecord[] {
  return Array.from({ length: n }, (_, i) =>
    exampleRecord(
      `s${String(i).padStart(4, '0')}`,
      new Date(FIRST + i * everyDays * DAY_MS).toISOString(),
    ),
  );
}

export async function storeWith(records: readonly SessionRecord[]): Promise<MemorySessionStore> {
  const store = new MemorySessionStore();
  for (const record of records) await store.saveSession(record);
  return store;
}

let dexieStores = 0;

/** An IndexedDB store of its own holding the sessions, for rows a test damages on purpose. */
export async function dexieStoreWith(
  records: readonly SessionRecord[],
): Promise<DexieSessionStore> {
  const store = new DexieSessionStore({ name: `history-test-${++dexieStores}` });
  await store.open();
  for (const record of records) await store.saveSession(record);
  return store;
}
