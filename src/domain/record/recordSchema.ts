// Schemas for session records, the profile and backups that come from outside (H12).
// zod/mini: stored data is checked when read at start-up, so these are near the first paint.
import * as z from 'zod/mini';
import { DISCOMFORT_LOCATIONS } from '../adaptation/discomfort';
import { RATINGS } from '../adaptation/rating';
import { ABSOLUTE_HOLD_MAX_MS, PLAN_BOUNDS, SECOND } from '../plan/bounds';
import { planSchema } from '../plan/planSchema';
import { QUESTION_IDS, type QuestionId } from '../screening/questions';
import { STOP_REASONS } from '../screening/stopReasons';
import { isValidIsoDate } from '../screening/verdict';
import type { PullEventType, ReleaseReason, SessionEnd, StopTrigger } from '../session/context';
import type { Profile } from './profile';
import type {
  PullRecord,
  ScreeningSummary,
  SessionRecord,
  SessionTotals,
  StopRecord,
  StopSignal,
} from './sessionRecord';
import {
  NOTE_MAX_LENGTH,
  pullTotals,
  RECORD_SCHEMA_VERSION,
  redFlagsOf,
  SIGNAL_MAX_LENGTH,
  STOP_WORD_MAX_LENGTH,
} from './sessionRecord';
import type { SessionFacts } from './trends';

/** True only if A and B are the same type (the usual mutual-assignability trick is too lax). */
export type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Fails to compile unless given `true`. */
export type Expect<T extends true> = T;

// These unions exist only as types in session/context.ts; the Equal checks below keep the lists
// complete, `satisfies` keeps them correct.
const RELEASE_REASONS = [
  'holdComplete',
  'rampCap',
  'stop',
  'pain',
  'pause',
  'timeUp',
] as const satisfies readonly ReleaseReason[];
const PULL_EVENT_TYPES = [
  'confirmed',
  'easeOff',
  'stop',
  'pain',
  'pause',
  'rampPrompt',
] as const satisfies readonly PullEventType[];
const STOP_TRIGGERS = ['stop', 'pain', 'painfulRating'] as const satisfies readonly StopTrigger[];
const SESSION_ENDS = [
  'completed',
  'receiverEnded',
  'redFlag',
  'urgent',
] as const satisfies readonly SessionEnd[];
const RECORD_ENDS = [...SESSION_ENDS, 'interrupted'] as const;

export const BACKUP_FORMAT = 'tractus-backup';
/**
 * The backup layout this app writes. v2: the profile keeps the last warning signs and the last
 * urgent day (v1 backups lack them). v3: and the last full screening's outcome. v4: and the last
 * avoid outcome. backup.ts migrates older ones.
 */
export const BACKUP_SCHEMA_VERSION = 4;

function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: `${what} must be one of ${values.join(', ')}` });
}

/**
 * The longest duration or offset a record can hold: far beyond any session, even one left paused
 * or asleep for months, yet it keeps absurd numbers (1e308) out of the charts and the exports.
 */
export const MAX_RECORD_MS = 366 * 24 * 60 * 60 * 1000;

/** Durations and offsets in ms: fractions allowed (they come from performance.now()). */
const ms = z
  .number({ error: 'must be a number of milliseconds' })
  .check(
    z.nonnegative({ error: 'must not be negative' }),
    z.lte(MAX_RECORD_MS, { error: `must be at most ${MAX_RECORD_MS} (a year)` }),
  );

const count = z
  .number({ error: 'must be a whole number' })
  .check(
    z.int({ error: 'must be a whole number' }),
    z.nonnegative({ error: 'must not be negative' }),
  );

const painRating = z.nullable(
  z
    .number({ error: 'pain must be a whole number from 0 to 10, or null' })
    .check(
      z.int({ error: 'pain must be a whole number from 0 to 10' }),
      z.gte(0, { error: 'pain must be at least 0' }),
      z.lte(10, { error: 'pain must be at most 10' }),
    ),
);

const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .check(z.refine(isValidIsoDate, { error: 'must be a real date written YYYY-MM-DD' }));

/**
 * A wall-clock time the app wrote with toISOString(); before 1970 means a damaged record. Text that
 * is no date and time at all stops at the first check: "before 1970" would mislead.
 */
const isoDateTime = z.iso
  .datetime({
    offset: true,
    abort: true,
    error: 'must be a date and time like 2024-05-01T09:30:00Z',
  })
  .check(z.refine((value) => Date.parse(value) >= 0, { error: 'must not be before 1970' }));

const HOLD_MIN_MS = PLAN_BOUNDS.holdSeconds.min * SECOND;

const pullSchema = z.strictObject({
  index: count,
  rampMs: ms,
  confirmed: z.boolean({ error: 'confirmed must be true or false' }),
  // The session machine never asks for a hold outside the plan bounds (H5).
  targetHoldMs: z.number({ error: 'targetHoldMs must be a number of milliseconds' }).check(
    z.gte(HOLD_MIN_MS, { error: `targetHoldMs must be at least ${HOLD_MIN_MS}` }),
    z.lte(ABSOLUTE_HOLD_MAX_MS, {
      error: `targetHoldMs must be at most ${ABSOLUTE_HOLD_MAX_MS}`,
    }),
  ),
  holdMs: ms,
  releaseMs: ms,
  releaseReason: z.nullable(oneOf(RELEASE_REASONS, 'releaseReason')),
  lateByMs: ms,
  rating: z.nullable(oneOf(RATINGS, 'rating')),
  discomfort: z.array(oneOf(DISCOMFORT_LOCATIONS, 'discomfort')),
  events: z.array(
    z.strictObject({
      type: oneOf(PULL_EVENT_TYPES, 'event type'),
      atMs: ms,
    }),
  ),
});

const stopSchema = z.strictObject({
  atMs: ms,
  trigger: oneOf(STOP_TRIGGERS, 'trigger'),
  reason: z.nullable(oneOf(STOP_REASONS, 'reason')),
});

// The agreement never takes an empty word, and keeps it trimmed.
const stopWord = z
  .string({ error: 'word must be text' })
  .check(z.refine((word) => word.trim() !== '', { error: 'word must not be empty' }));

export const stopSignalSchema = z.strictObject({
  word: stopWord,
  physical: z.string({ error: 'physical must be text' }),
});

/**
 * A stop signal from a backup: the agreement never takes an empty signal either, and no version of
 * the app stored one, nor a longer word or signal than it takes. Only at import: what a device
 * already holds stays readable (see below).
 */
const agreedStopSignalSchema = z.strictObject({
  word: stopWord.check(
    z.maxLength(STOP_WORD_MAX_LENGTH, {
      error: `word must be at most ${STOP_WORD_MAX_LENGTH} characters, as the agreement takes`,
    }),
  ),
  physical: z.string({ error: 'physical must be text' }).check(
    z.refine((physical) => physical.trim() !== '', {
      error: 'physical must not be empty: the agreement always takes a signal',
    }),
    z.maxLength(SIGNAL_MAX_LENGTH, {
      error: `physical must be at most ${SIGNAL_MAX_LENGTH} characters, as the agreement takes`,
    }),
  ),
});

const screeningSchema = z.strictObject({
  outcome: oneOf(['clear', 'askFirst'], 'outcome'),
  professionalConfirmedOn: z.nullable(isoDate),
});

const sessionId = z
  .string({ error: 'id must be text' })
  .check(
    z.minLength(1, { error: 'id must not be empty' }),
    z.maxLength(200, { error: 'id must be at most 200 characters' }),
  );

const totalsSchema = z.strictObject({
  pulls: count,
  tractionMs: ms,
  longestHoldMs: ms,
  activeMs: ms,
});

/** How far stored totals may be from the pulls' own figures: rounding, never a real difference. */
const TOTALS_TOLERANCE_MS = 1;

/** What a record says against itself: a field, and what it must be. */
export interface RecordContradiction {
  path: (string | number)[];
  message: string;
}

function listText(values: readonly string[]): string {
  return values.length === 0 ? 'none' : values.join(', ');
}

/**
 * Where a well-formed record contradicts itself. The app derives these fields from the rest when
 * it builds a record (buildRecord) and when a recovered stop is answered, so its own never do.
 */
export function recordContradictions(record: SessionRecord): RecordContradiction[] {
  const found: RecordContradiction[] = [];
  const { pulls, totals } = record;
  if (totals.pulls !== pulls.length) {
    found.push({
      path: ['totals', 'pulls'],
      message: `totals.pulls must equal the number of pulls (${pulls.length})`,
    });
  }
  const expected = pullTotals(pulls);
  if (Math.abs(totals.tractionMs - expected.tractionMs) > TOTALS_TOLERANCE_MS) {
    found.push({
      path: ['totals', 'tractionMs'],
      message: `totals.tractionMs must be the pulls' ramp, hold and release times added up (${Math.round(expected.tractionMs)})`,
    });
  }
  if (Math.abs(totals.longestHoldMs - expected.longestHoldMs) > TOTALS_TOLERANCE_MS) {
    found.push({
      path: ['totals', 'longestHoldMs'],
      message: `totals.longestHoldMs must be the longest of the pulls' holds (${Math.round(expected.longestHoldMs)})`,
    });
  }
  const firstWithIndex = new Map<number, number>();
  pulls.forEach((pull, at) => {
    const earlier = firstWithIndex.get(pull.index);
    if (earlier === undefined) firstWithIndex.set(pull.index, at);
    else {
      found.push({
        path: ['pulls', at, 'index'],
        message: `index ${pull.index} is already that of pulls[${earlier}]: each pull has its own`,
      });
    }
  });
  const flags = redFlagsOf(record.stops);
  const sameFlags =
    flags.length === record.redFlags.length &&
    flags.every((flag, i) => record.redFlags[i] === flag);
  if (!sameFlags) {
    found.push({
      path: ['redFlags'],
      message: `redFlags must be the warning signs given as reasons in stops, in order (${listText(flags)})`,
    });
  }
  return found;
}

const recordShape = {
  schemaVersion: z.literal(RECORD_SCHEMA_VERSION, {
    error: `schemaVersion must be ${RECORD_SCHEMA_VERSION}`,
  }),
  id: sessionId,
  startedAt: isoDateTime,
  plan: planSchema,
  screening: screeningSchema,
  stopSignal: stopSignalSchema,
  painBefore: painRating,
  painAfter: painRating,
  pulls: z.array(pullSchema),
  stops: z.array(stopSchema),
  redFlags: z.array(oneOf(STOP_REASONS, 'redFlags')),
  notes: z.string({ error: 'notes must be text' }),
  end: z.nullable(oneOf(RECORD_ENDS, 'end')),
  totals: totalsSchema,
};

const consistentRecord = z.superRefine(
  (record: SessionRecord, ctx) => {
    for (const { path, message } of recordContradictions(record)) {
      ctx.addIssue({ code: 'custom', path, message });
    }
  },
  // Only a record that is otherwise well formed: a broken field is the problem to name then.
  { when: (payload) => payload.issues.length === 0 },
);

/** A record as storage holds it: what the app wrote, or an import accepted before. */
export const recordSchema = z.strictObject(recordShape).check(consistentRecord);

/**
 * A record from a backup: also within what the app's own screens take. Storage keeps reading what
 * an earlier import let in, so no session already on a device turns unreadable.
 */
const importedRecordSchema = z
  .strictObject({
    ...recordShape,
    stopSignal: agreedStopSignalSchema,
    notes: z.string({ error: 'notes must be text' }).check(
      z.maxLength(NOTE_MAX_LENGTH, {
        error: `notes must be at most ${NOTE_MAX_LENGTH} characters, as the summary takes`,
      }),
    ),
  })
  .check(consistentRecord);

/** Storage's copy of a session's facts for the trends (`factsOf`), checked when read like the rest. */
export const sessionFactsSchema = z.strictObject({
  id: sessionId,
  startedAt: isoDateTime,
  painBefore: painRating,
  painAfter: painRating,
  totals: z.strictObject({ tractionMs: ms }),
});

const profileShape = {
  welcomedOn: z.nullable(isoDate),
  lastFullScreeningOn: z.nullable(isoDate),
  // Profiles and backups from before it was kept: unknown, so no session is marked ask-first by it.
  lastFullScreeningOutcome: z._default(
    z.nullable(oneOf(['clear', 'askFirst'], 'lastFullScreeningOutcome')),
    null,
  ),
  professionalConfirmedOn: z.nullable(isoDate),
  plan: planSchema,
  stopSignal: z.nullable(stopSignalSchema),
  // Profiles stored, and backups written, before this field existed had no warning signs to keep.
  lastRedFlags: z._default(z.array(oneOf(STOP_REASONS, 'lastRedFlags')), () => []),
  // Likewise no urgent day: profiles and v1 backups from before it was kept.
  lastUrgentOn: z._default(z.nullable(isoDate), null),
  // And no avoid day: profiles and backups up to v3, from before it was kept.
  lastAvoid: z._default(
    z.nullable(
      z.strictObject({
        on: isoDate,
        reasons: z.array(
          z.enum(QUESTION_IDS as readonly [QuestionId, ...QuestionId[]], {
            error: 'lastAvoid.reasons must name screening questions',
          }),
        ),
      }),
    ),
    null,
  ),
};

export const profileSchema = z.strictObject(profileShape);

/** A profile from a backup: its stop signal, if any, one the agreement could have taken. */
const importedProfileSchema = z.strictObject({
  ...profileShape,
  stopSignal: z.nullable(agreedStopSignalSchema),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: typeof BACKUP_SCHEMA_VERSION;
  /** When the backup was written, as an ISO date and time. */
  exportedAt: string;
  sessions: SessionRecord[];
  profile?: Profile;
}

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: `format must be "${BACKUP_FORMAT}"` }),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION, {
    error: `schemaVersion must be ${BACKUP_SCHEMA_VERSION}`,
  }),
  exportedAt: isoDateTime,
  sessions: z.array(importedRecordSchema, { error: 'sessions must be a list' }),
  profile: z.optional(importedProfileSchema),
});

// Compile-time guards: a field added to a type but not to its schema (or the other way) fails tsc.
type _PullCheck = Expect<Equal<z.infer<typeof pullSchema>, PullRecord>>;
type _StopCheck = Expect<Equal<z.infer<typeof stopSchema>, StopRecord>>;
type _SignalCheck = Expect<Equal<z.infer<typeof stopSignalSchema>, StopSignal>>;
type _ScreeningCheck = Expect<Equal<z.infer<typeof screeningSchema>, ScreeningSummary>>;
type _TotalsCheck = Expect<Equal<z.infer<typeof totalsSchema>, SessionTotals>>;
type _RecordCheck = Expect<Equal<z.infer<typeof recordSchema>, SessionRecord>>;
type _ImportedRecordCheck = Expect<Equal<z.infer<typeof importedRecordSchema>, SessionRecord>>;
type _FactsCheck = Expect<Equal<z.infer<typeof sessionFactsSchema>, SessionFacts>>;
type _ProfileCheck = Expect<Equal<z.infer<typeof profileSchema>, Profile>>;
type _ImportedProfileCheck = Expect<Equal<z.infer<typeof importedProfileSchema>, Profile>>;
type _BackupCheck = Expect<Equal<z.infer<typeof backupSchema>, Backup>>;
