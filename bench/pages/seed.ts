// Bench-only: writes a profile and many exampleRecord-like sessions through the app's own store.

import { exampleRecord } from '../../src/domain/record/arbitraries';
import type { Profile } from '../../src/domain/record/profile';
import type { PullRecord, SessionRecord } from '../../src/domain/record/sessionRecord';
import { DexieSessionStore } from '../../src/platform/storage';
import { exportFile } from '../../src/ui/screens/history/exportFiles';

export interface SeedOptions {
  /** Saved as the stored profile (the plan the next session starts from, the welcome date). */
  profile?: Profile;
  /** How many sessions to store, one a day going back from today. */
  sessions?: number;
  pullsPerSession?: number;
  /** Forgets a session left in progress, so the app opens on Home rather than on Recovery. */
  clearActive?: boolean;
}

export interface SeedResult {
  sessions: number;
  pulls: number;
  ms: number;
  bytes: number;
}

/** Where a full JSON export spends its time, step by step, with the app's own code. */
export interface ExportParts {
  /** Reading every session row from IndexedDB, without checking them. */
  readRowsMs: number;
  /** store.exportAll(): the same read plus each record checked against the schema. */
  exportAllMs: number;
  /** exportFile('backup'): the backup object and its JSON text (the app writes it compact). */
  serializeMs: number;
  /** The text as a Blob, as the download is handed over. */
  blobMs: number;
  chars: number;
}

declare global {
  interface Window {
    tractusBenchSeed(options: SeedOptions): Promise<SeedResult>;
    tractusBenchExportParts(): Promise<ExportParts>;
  }
}

const DAY_MS = 86_400_000;
const RATINGS = ['tooGentle', 'justRight', 'tooStrong'] as const;
const BATCH = 250;

function pullsFor(template: PullRecord, count: number, seed: number): PullRecord[] {
  return Array.from({ length: count }, (_, index): PullRecord => {
    const rampMs = 3000 + ((seed * 7 + index * 13) % 40) * 100;
    const holdMs = 10_000 + ((seed + index) % 5) * 5000;
    return {
      ...template,
      index,
      rampMs,
      targetHoldMs: holdMs,
      holdMs,
      rating: RATINGS[(seed + index) % RATINGS.length] ?? 'justRight',
      events: [{ type: 'confirmed', atMs: index * 45_000 + rampMs }],
    };
  });
}

function sessionRecord(index: number, pullsPerSession: number, today: number): SessionRecord {
  const startedAt = new Date(today - index * DAY_MS).toISOString();
  const base = exampleRecord(`bench-${String(index).padStart(5, '0')}`, startedAt);
  const [template] = base.pulls;
  if (!template) throw new Error('exampleRecord has no pull to copy.');
  const pulls = pullsFor(template, pullsPerSession, index);
  const tractionMs = pulls.reduce((sum, p) => sum + p.rampMs + p.holdMs + p.releaseMs, 0);
  return {
    ...base,
    painBefore: 3 + (index % 5),
    painAfter: 2 + (index % 4),
    pulls,
    totals: {
      pulls: pulls.length,
      tractionMs,
      longestHoldMs: Math.max(...pulls.map((p) => p.holdMs)),
      activeMs: 600_000,
    },
  };
}

window.tractusBenchSeed = async ({ profile, sessions = 0, pullsPerSession = 20, clearActive }) => {
  const started = performance.now();
  const store = new DexieSessionStore();
  await store.open();
  if (profile) await store.saveProfile(profile);
  if (clearActive) await store.clearActive();
  // Noon today, so every session is on its own local day.
  const today = new Date().setHours(12, 0, 0, 0);
  let bytes = 0;
  for (let from = 0; from < sessions; from += BATCH) {
    const batch: SessionRecord[] = [];
    for (let i = from; i < Math.min(sessions, from + BATCH); i++) {
      batch.push(sessionRecord(i, pullsPerSession, today));
    }
    bytes += JSON.stringify(batch).length;
    await store.importSessions(batch);
  }
  const stored = await store.count();
  store.close();
  return {
    sessions: stored,
    pulls: stored * pullsPerSession,
    ms: performance.now() - started,
    bytes,
  };
};

window.tractusBenchExportParts = async () => {
  const store = new DexieSessionStore();
  await store.open();
  let t = performance.now();
  await store.db.table('sessions').toArray();
  const readRowsMs = performance.now() - t;
  t = performance.now();
  const data = await store.exportAll();
  const exportAllMs = performance.now() - t;
  t = performance.now();
  const file = exportFile('backup', data, new Date());
  const serializeMs = performance.now() - t;
  t = performance.now();
  new Blob([file.text], { type: file.mimeType });
  const blobMs = performance.now() - t;
  store.close();
  return {
    readRowsMs,
    exportAllMs,
    serializeMs,
    blobMs,
    chars: file.text.length,
  };
};
