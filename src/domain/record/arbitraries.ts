// Test support only (import from tests): fast-check arbitraries of valid records and profiles.
import fc from 'fast-check';
import { DISCOMFORT_LOCATIONS } from '../adaptation/discomfort';
import { RATINGS } from '../adaptation/rating';
import { PLAN_BOUNDS } from '../plan/bounds';
import type { Plan } from '../plan/plan';
import { TECHNIQUES } from '../plan/plan';
import type { QuestionId } from '../screening/questions';
import type { StopReason } from '../screening/stopReasons';
import { STOP_REASONS } from '../screening/stopReasons';
import type { Profile } from './profile';
import type { PullRecord, SessionRecord, StopRecord, StopSignal } from './sessionRecord';
import {
  pullTotals,
  RECORD_SCHEMA_VERSION,
  redFlagsOf,
  STOP_WORD_MAX_LENGTH,
} from './sessionRecord';

function bounded(field: keyof typeof PLAN_BOUNDS): fc.Arbitrary<number> {
  return fc.integer({ min: PLAN_BOUNDS[field].min, max: PLAN_BOUNDS[field].max });
}

export const planArb: fc.Arbitrary<Plan> = fc
  .record({
    technique: fc.constantFrom(...TECHNIQUES),
    holds: fc.tuple(bounded('holdSeconds'), bounded('holdMaxSeconds')),
    releaseSeconds: bounded('releaseSeconds'),
    restSeconds: bounded('restSeconds'),
    totalMinutes: bounded('totalMinutes'),
  })
  .map(({ holds, ...rest }) => ({
    ...rest,
    holdSeconds: Math.min(...holds),
    holdMaxSeconds: Math.max(...holds),
  }));

/** Whole and fractional milliseconds (performance.now() gives fractions), never -0. */
export const msArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 30 * 60_000 }),
  fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
);

const FIRST_MS = Date.UTC(1970, 0, 2);
const LAST_MS = Date.UTC(2200, 11, 31);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** ISO date-times as the app writes them (UTC, ms), plus other valid spellings a file may hold. */
export const dateTimeArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: FIRST_MS, max: LAST_MS }),
    fc.constantFrom('utc', 'utcNoMs', 'offset'),
    fc.integer({ min: -12 * 4, max: 14 * 4 }),
  )
  .map(([ms, style, quarters]) => {
    if (style === 'utc') return new Date(ms).toISOString();
    if (style === 'utcNoMs') return `${new Date(ms).toISOString().slice(0, 19)}Z`;
    const offset = quarters * 15;
    const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  });

export const dateArb: fc.Arbitrary<string> = fc
  .integer({ min: FIRST_MS, max: LAST_MS })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

/** Free text, including what breaks CSV or spreadsheets. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    '=HYPERLINK("http://example.com")',
    '+1+1',
    '-2',
    '@SUM(A1:A2)',
    'a, b',
    'she said "enough"',
    'line one\r\nline two',
    'line\nbreak',
    '\tindent',
  ),
);

export const pullArb: fc.Arbitrary<PullRecord> = fc.record({
  index: fc.nat({ max: 100 }),
  rampMs: msArb,
  confirmed: fc.boolean(),
  targetHoldMs: fc.integer({ min: 10_000, max: 30_000 }),
  holdMs: msArb,
  releaseMs: msArb,
  releaseReason: fc.option(
    fc.constantFrom('holdComplete', 'rampCap', 'stop', 'pain', 'pause', 'timeUp' as const),
  ),
  lateByMs: msArb,
  rating: fc.option(fc.constantFrom(...RATINGS)),
  discomfort: fc.subarray([...DISCOMFORT_LOCATIONS]),
  events: fc.array(
    fc.record({
      type: fc.constantFrom('confirmed', 'easeOff', 'stop', 'pain', 'pause', 'rampPrompt' as const),
      atMs: msArb,
    }),
    { maxLength: 4 },
  ),
});

export const stopArb: fc.Arbitrary<StopRecord> = fc.record({
  atMs: msArb,
  trigger: fc.constantFrom('stop', 'pain', 'painfulRating' as const),
  reason: fc.option(fc.constantFrom(...STOP_REASONS)),
});

/** What the agreement takes: text kept trimmed, never empty, no longer than its shorter field. */
const agreedTextArb = textArb
  .map((text) => text.trim().slice(0, STOP_WORD_MAX_LENGTH).trim())
  .filter((text) => text !== '');

export const stopSignalArb: fc.Arbitrary<StopSignal> = fc.record({
  word: agreedTextArb,
  // A ready-made signal is stored by its code; another is the couple's own words.
  physical: fc.oneof(fc.constantFrom('twoTaps', 'raisedHand'), agreedTextArb),
});

export const painArb: fc.Arbitrary<number | null> = fc.option(fc.integer({ min: 0, max: 10 }));

export const idArb: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.string({ minLength: 1, maxLength: 40 }),
);

/**
 * Records as the app writes them: each pull's index its place from 1, the warning signs those the
 * stops gave, the totals summed from the pulls (only the active time is free).
 */
export const sessionRecordArb: fc.Arbitrary<SessionRecord> = fc
  .record({
    id: idArb,
    startedAt: dateTimeArb,
    plan: planArb,
    screening: fc.record({
      outcome: fc.constantFrom('clear', 'askFirst' as const),
      professionalConfirmedOn: fc.option(dateArb),
    }),
    stopSignal: stopSignalArb,
    painBefore: painArb,
    painAfter: painArb,
    pulls: fc.array(pullArb, { maxLength: 5 }),
    stops: fc.array(stopArb, { maxLength: 3 }),
    notes: textArb,
    end: fc.option(
      fc.constantFrom('completed', 'receiverEnded', 'redFlag', 'urgent', 'interrupted' as const),
    ),
    activeMs: msArb,
  })
  .map(({ activeMs, pulls: drawn, ...rest }) => {
    const pulls = drawn.map((pull, at) => ({ ...pull, index: at + 1 }));
    return {
      schemaVersion: RECORD_SCHEMA_VERSION,
      ...rest,
      pulls,
      redFlags: redFlagsOf(rest.stops),
      totals: { pulls: pulls.length, ...pullTotals(pulls), activeMs },
    };
  });

/** Records with distinct ids, as a store holds them. */
export function sessionRecordsArb(maxLength = 6): fc.Arbitrary<SessionRecord[]> {
  return fc.uniqueArray(sessionRecordArb, { selector: (r) => r.id, maxLength });
}

export const profileArb: fc.Arbitrary<Profile> = fc.record({
  welcomedOn: fc.option(dateArb),
  lastFullScreeningOn: fc.option(dateArb),
  lastFullScreeningOutcome: fc.option(fc.constantFrom('clear' as const, 'askFirst' as const)),
  professionalConfirmedOn: fc.option(dateArb),
  plan: planArb,
  stopSignal: fc.option(stopSignalArb),
  lastRedFlags: fc.subarray<StopReason>(['sharpPain', 'numbness', 'dizziness', 'urgentSign']),
  lastUrgentOn: fc.option(dateArb),
  lastAvoid: fc.option(
    fc.record({
      on: dateArb,
      reasons: fc.subarray<QuestionId>([
        'pregnancy',
        'weakenedBone',
        'changedPain',
        'stillNumbness',
      ]),
    }),
  ),
});

/** A plain, hand-written record for example-based tests. */
export function exampleRecord(id: string, startedAt: string): SessionRecord {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    id,
    startedAt,
    plan: {
      technique: 'ankleHold',
      holdSeconds: 10,
      holdMaxSeconds: 15,
      releaseSeconds: 5,
      restSeconds: 20,
      totalMinutes: 5,
    },
    screening: { outcome: 'clear', professionalConfirmedOn: null },
    stopSignal: { word: 'Stop', physical: 'two taps on the arm' },
    painBefore: 4,
    painAfter: 3,
    pulls: [
      {
        index: 0,
        rampMs: 4200,
        confirmed: true,
        targetHoldMs: 10_000,
        holdMs: 10_000,
        releaseMs: 5000,
        releaseReason: 'holdComplete',
        lateByMs: 0,
        rating: 'justRight',
        discomfort: [],
        events: [{ type: 'confirmed', atMs: 9200 }],
      },
    ],
    stops: [],
    redFlags: [],
    notes: 'Felt fine.',
    end: 'completed',
    totals: { pulls: 1, tractionMs: 19_200, longestHoldMs: 10_000, activeMs: 300_000 },
  };
}
