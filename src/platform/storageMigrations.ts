// The IndexedDB layout of each storage version, and how stored data moves from one to the next.
import type { Dexie, Transaction } from 'dexie';
import { sessionFactsSchema } from '../domain/record/recordSchema';
import { factsOf, type SessionFacts } from '../domain/record/trends';

export { DB_NAME } from './databaseName';

export interface StorageVersion {
  version: number;
  /** Dexie store specs; only what changed since the previous version needs listing. */
  stores: Record<string, string | null>;
  /** Rewrites rows stored by the previous version; runs inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

/**
 * Version 1 is the first. sessions rows are `{ id, sortKey, record }`: sortKey is the start time
 * in ms, because ISO strings written with different offsets or precisions do not sort as text.
 * meta rows are `{ key, value }` for the profile and the in-progress session.
 *
 * To change the layout, append `{ version: 2, stores: {...}, upgrade }`; never edit a shipped one.
 */
export const STORAGE_VERSIONS: readonly StorageVersion[] = [
  { version: 1, stores: { sessions: 'id, [sortKey+id]', meta: 'key' } },
  // Version 2 keeps each session's few facts for the trends apart (`factsOf`): charting years
  // of sessions then reads a small row each, not every pull of every session.
  {
    version: 2,
    stores: { facts: 'id' },
    upgrade: async (tx) => {
      const rows: { record: unknown }[] = await tx.table('sessions').toArray();
      // A damaged record gets no facts (it is not listed either) and never stops the upgrade.
      await tx.table('facts').bulkPut(rows.flatMap((row) => storedFacts(row.record)));
    },
  },
];

/** The facts of a record as stored, if it holds them. */
function storedFacts(record: unknown): SessionFacts[] {
  try {
    const parsed = sessionFactsSchema.safeParse(factsOf(record as SessionFacts));
    return parsed.success ? [parsed.data] : [];
  } catch {
    return [];
  }
}

export function declareVersions(db: Dexie, versions: readonly StorageVersion[]): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
