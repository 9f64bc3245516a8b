// Test data: what each storage version wrote to IndexedDB, literally, and what the current code
// must read back from it through the port. Never edit a shipped version's rows; a new version in
// STORAGE_VERSIONS needs its own entry here (the migration test fails without one), and an older
// entry's readBack changes only together with the migration that makes it so.
import type { Profile } from '../domain/record/profile';
import type { SessionRecord } from '../domain/record/sessionRecord';
import type { SessionFacts } from '../domain/record/trends';
import type { ActiveSession } from './sessionStore';

export interface StorageFixture {
  /** Rows by table, as that version stored them. */
  rows: Record<string, unknown[]>;
  /**
   * What the current code gives back: sessions newest first, their trend facts (by id), the
   * profile and the session in progress.
   */
  readBack: {
    sessions: SessionRecord[];
    facts: SessionFacts[];
    profile: Profile;
    active: ActiveSession;
  };
}

const V1_JAN = {
  schemaVersion: 1,
  id: 'v1-jan',
  startedAt: '2025-01-10T09:00:00.000Z',
  plan: {
    technique: 'ankleHold',
    holdSeconds: 10,
    holdMaxSeconds: 15,
    releaseSeconds: 5,
    restSeconds: 20,
    totalMinutes: 5,
  },
  screening: {
    outcome: 'clear',
    professionalConfirmedOn: null,
  },
  stopSignal: {
    word: 'Stop',
    physical: 'two taps on the arm',
  },
  painBefore: 4,
  painAfter: 3,
  pulls: [
    {
      index: 0,
      rampMs: 4200,
      confirmed: true,
      targetHoldMs: 10000,
      holdMs: 10000,
      releaseMs: 5000,
      releaseReason: 'holdComplete',
      lateByMs: 0,
      rating: 'justRight',
      discomfort: [],
      events: [
        {
          type: 'confirmed',
          atMs: 9200,
        },
      ],
    },
  ],
  stops: [],
  redFlags: [],
  notes: 'Felt fine.',
  end: 'completed',
  totals: {
    pulls: 1,
    tractionMs: 19200,
    longestHoldMs: 10000,
    activeMs: 300000,
  },
} satisfies SessionRecord;

/** A month later, ended by a warning sign: the same stored shape with its own stop. */
const V1_FEB = {
  ...V1_JAN,
  id: 'v1-feb',
  startedAt: '2025-02-10T09:00:00.000Z',
  stops: [{ atMs: 12000, trigger: 'stop', reason: 'dizziness' }],
  redFlags: ['dizziness'],
  notes: 'Dizzy at the end.',
  end: 'redFlag',
} satisfies SessionRecord;

/** Stored before the profile kept the day of an urgent outcome: read as none. */
const V1_PROFILE = {
  welcomedOn: '2025-01-01',
  lastFullScreeningOn: '2025-01-01',
  professionalConfirmedOn: '2025-01-02',
  plan: { ...V1_JAN.plan, holdSeconds: 12 },
  stopSignal: { word: 'Enough', physical: 'a raised hand' },
  lastRedFlags: ['dizziness'],
} satisfies Omit<Profile, 'lastUrgentOn' | 'lastFullScreeningOutcome' | 'lastAvoid'>;

const V1_ACTIVE = {
  snapshot: { status: 'active', value: 'hold', context: { pullIndex: 0 } },
  record: { ...V1_JAN, id: 'v1-mar', startedAt: '2025-03-10T09:00:00.000Z', end: null },
} satisfies ActiveSession;

/** The trend facts of both sessions: built by the upgrade to version 2, stored by version 2. */
const FACTS = [
  {
    id: 'v1-feb',
    startedAt: '2025-02-10T09:00:00.000Z',
    painBefore: 4,
    painAfter: 3,
    totals: { tractionMs: 19200 },
  },
  {
    id: 'v1-jan',
    startedAt: '2025-01-10T09:00:00.000Z',
    painBefore: 4,
    painAfter: 3,
    totals: { tractionMs: 19200 },
  },
] satisfies SessionFacts[];

const SESSION_ROWS = [
  { id: V1_JAN.id, sortKey: Date.parse(V1_JAN.startedAt), record: V1_JAN },
  { id: V1_FEB.id, sortKey: Date.parse(V1_FEB.startedAt), record: V1_FEB },
];

/** Version 1: sessions rows { id, sortKey, record }, meta rows { key, value }. */
const V1: StorageFixture = {
  rows: {
    sessions: SESSION_ROWS,
    meta: [
      { key: 'profile', value: V1_PROFILE },
      { key: 'active', value: V1_ACTIVE },
    ],
  },
  readBack: {
    sessions: [V1_FEB, V1_JAN],
    facts: FACTS,
    profile: { ...V1_PROFILE, lastUrgentOn: null, lastFullScreeningOutcome: null, lastAvoid: null },
    active: V1_ACTIVE,
  },
};

const V2_PROFILE = { ...V1_PROFILE, lastUrgentOn: '2025-02-10' } satisfies Omit<
  Profile,
  'lastFullScreeningOutcome' | 'lastAvoid'
>;

/** Version 2: as version 1, and facts rows { id, startedAt, painBefore, painAfter, totals }. */
const V2: StorageFixture = {
  rows: {
    sessions: SESSION_ROWS,
    facts: FACTS,
    meta: [
      { key: 'profile', value: V2_PROFILE },
      { key: 'active', value: V1_ACTIVE },
    ],
  },
  readBack: {
    sessions: [V1_FEB, V1_JAN],
    facts: FACTS,
    profile: { ...V2_PROFILE, lastFullScreeningOutcome: null, lastAvoid: null },
    active: V1_ACTIVE,
  },
};

/** By storage version. */
export const STORAGE_FIXTURES: Readonly<Record<number, StorageFixture>> = { 1: V1, 2: V2 };
