// The record schema accepts what the app records and rejects what it never could.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../plan/plan';
import { planSchema } from '../plan/planSchema';
import { STOP_REASONS } from '../screening/stopReasons';
import { commands, sessionScript } from '../session/arbitraries';
import type { SessionEvent } from '../session/events';
import { SimulatedSession } from '../session/simulation';
import type { SessionSnapshot } from '../session/step';
import { createSession, step } from '../session/step';
import { exampleRecord, planArb, profileArb, sessionRecordArb } from './arbitraries';
import { initialProfile } from './profile';
import { MAX_RECORD_MS, profileSchema, recordContradictions, recordSchema } from './recordSchema';
import { withRecoveredStopReason } from './recoveredStop';
import type { RecordDetails, SessionRecord } from './sessionRecord';
import { buildRecord, NOTE_MAX_LENGTH, pullTotals } from './sessionRecord';
import { hasUnansweredStop } from './unansweredStop';

function rejects(record: unknown): string[] {
  const result = recordSchema.safeParse(record);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

function messages(record: unknown): string[] {
  const result = recordSchema.safeParse(record);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('recordSchema', () => {
  it('accepts every record the arbitrary makes', () => {
    fc.assert(
      fc.property(sessionRecordArb, (record) => {
        const result = recordSchema.safeParse(record);
        expect(result.success).toBe(true);
        expect(result.data).toEqual(record);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every profile the arbitrary makes, and gives it back the same', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const result = profileSchema.safeParse(profile);
        expect(result.success).toBe(true);
        expect(result.data).toEqual(profile);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a profile from before it kept the last warning signs as having none', () => {
    const { lastRedFlags: _, ...older } = initialProfile();
    expect(profileSchema.parse(older)).toEqual({ ...older, lastRedFlags: [] });
  });

  it("reads a profile from before it kept the full screening's outcome as not known", () => {
    const { lastFullScreeningOutcome: _, ...older } = {
      ...initialProfile(),
      lastFullScreeningOn: '2026-11-01',
    };
    expect(profileSchema.parse(older)).toEqual({ ...older, lastFullScreeningOutcome: null });
    expect(profileSchema.safeParse({ ...older, lastFullScreeningOutcome: 'urgent' }).success).toBe(
      false,
    );
  });

  it('refuses a last warning sign that is not a stop reason', () => {
    const profile = { ...initialProfile(), lastRedFlags: ['backache'] };
    const result = profileSchema.safeParse(profile);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['lastRedFlags.0']);
  });

  it('reads a profile from before it kept the urgent day as having none', () => {
    const { lastUrgentOn: _, ...older } = { ...initialProfile(), lastRedFlags: ['urgentSign'] };
    expect(profileSchema.parse(older)).toEqual({ ...older, lastUrgentOn: null });
  });

  it.each([
    ['not a real day', '2025-02-30'],
    ['a date and time', '2025-02-03T10:00:00Z'],
    ['not text', 20250203],
  ])('refuses an urgent day that is %s', (_what, lastUrgentOn) => {
    const result = profileSchema.safeParse({ ...initialProfile(), lastUrgentOn });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['lastUrgentOn']);
  });

  it('accepts a record built from a real run of the session machine', () => {
    let snapshot: SessionSnapshot = createSession(defaultPlan(), true);
    const events: SessionEvent[] = [
      { type: 'START', at: 0, wallTime: '2026-01-05T08:00:00.000Z' },
      { type: 'TICK', at: 5000 },
      { type: 'CONFIRM', at: 7000 },
      { type: 'TICK', at: 17_000 },
      { type: 'TICK', at: 22_000 },
      { type: 'RATE', at: 23_000, rating: 'justRight', discomfort: ['ankles'] },
      { type: 'TICK', at: 42_000 },
      { type: 'TICK', at: 47_000 },
      { type: 'PAIN', at: 48_000 },
      { type: 'TICK', at: 53_000 },
      { type: 'STOP_REASON', at: 54_000, reason: 'sharpPain' },
    ];
    for (const event of events) snapshot = step(snapshot, event).snapshot;
    const record = buildRecord(
      snapshot.context,
      {
        id: 'run-1',
        screening: { outcome: 'clear', professionalConfirmedOn: null },
        stopSignal: { word: 'Stop', physical: 'raised hand' },
        painBefore: 3,
        painAfter: 5,
        notes: '',
      },
      54_000,
    );
    expect(record.pulls.length).toBeGreaterThanOrEqual(1);
    expect(record.redFlags).toEqual(['sharpPain']);
    expect(recordSchema.safeParse(record).error?.issues ?? []).toEqual([]);
  });

  it('finds nothing against itself in any record the session machine builds, as it goes or after a recovered stop is answered', () => {
    const details: RecordDetails = {
      id: 'run',
      screening: { outcome: 'clear', professionalConfirmedOn: null },
      stopSignal: { word: 'Stop', physical: 'raised hand' },
      painBefore: 3,
      painAfter: null,
      notes: '',
    };
    // Guided and free sessions on any plan, and free ones on plans within the bounds.
    const scripts = fc.oneof(sessionScript, fc.record({ plan: planArb, commands }));
    fc.assert(
      fc.property(scripts, fc.nat({ max: 60_000 }), (script, later) => {
        const s = new SimulatedSession(script.plan);
        s.start();
        // Saved at every step (the in-progress copy), maybe written a little later, and at the end.
        for (const command of script.commands) {
          s.perform(command);
          for (const lastSeen of [s.now, s.now + later]) {
            const record = buildRecord(s.snapshot.context, details, lastSeen);
            expect(recordContradictions(record)).toEqual([]);
            // A plan within the bounds: the whole schema reads the record back as it was written.
            if (planSchema.safeParse(script.plan).success) {
              expect(recordSchema.safeParse(record).error?.issues ?? []).toEqual([]);
            }
            if (!hasUnansweredStop(record)) continue;
            for (const reason of STOP_REASONS) {
              const answered = withRecoveredStopReason(record, reason);
              expect(recordContradictions(answered)).toEqual([]);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  const base = exampleRecord('a', '2025-03-01T10:00:00.000Z');
  const pull = base.pulls[0] as SessionRecord['pulls'][number];
  const secondPull = { ...pull, index: 2, holdMs: 12_500 };
  const twoPulls = [pull, secondPull];
  const twoPullTotals = { ...base.totals, pulls: 2, ...pullTotals(twoPulls) };
  const cases: [string, unknown, string][] = [
    ['pain above 10', { ...base, painBefore: 11 }, 'painBefore'],
    ['pain below 0', { ...base, painAfter: -1 }, 'painAfter'],
    ['fractional pain', { ...base, painAfter: 3.5 }, 'painAfter'],
    ['pain as text', { ...base, painAfter: '3' }, 'painAfter'],
    ['an unknown rating', { ...base, pulls: [{ ...pull, rating: 'meh' }] }, 'pulls.0.rating'],
    [
      'a hold target past 30 s',
      { ...base, pulls: [{ ...pull, targetHoldMs: 45_000 }] },
      'pulls.0.targetHoldMs',
    ],
    ['a negative hold', { ...base, pulls: [{ ...pull, holdMs: -1 }] }, 'pulls.0.holdMs'],
    ['an infinite ramp', { ...base, pulls: [{ ...pull, rampMs: Infinity }] }, 'pulls.0.rampMs'],
    ['a ramp of 1e308 ms', { ...base, pulls: [{ ...pull, rampMs: 1e308 }] }, 'pulls.0.rampMs'],
    [
      'a stop 31 years in',
      { ...base, stops: [{ atMs: 1e12, trigger: 'stop', reason: 'wantedToStop' }] },
      'stops.0.atMs',
    ],
    [
      'a plan hold past the bound',
      { ...base, plan: { ...base.plan, holdSeconds: 45 } },
      'plan.holdSeconds',
    ],
    ['an unknown stop reason', { ...base, redFlags: ['bored'] }, 'redFlags.0'],
    [
      'totals that disagree with the pulls',
      { ...base, totals: { ...base.totals, pulls: 2 } },
      'totals.pulls',
    ],
    [
      'a traction time no pulls add up to',
      { ...base, totals: { ...base.totals, tractionMs: 1e15 } },
      'totals.tractionMs',
    ],
    [
      'a longest hold that is not the longest pull hold',
      { ...base, pulls: twoPulls, totals: { ...twoPullTotals, longestHoldMs: 10_000 } },
      'totals.longestHoldMs',
    ],
    [
      'two pulls with the same index',
      { ...base, pulls: [pull, { ...secondPull, index: pull.index }], totals: twoPullTotals },
      'pulls.1.index',
    ],
    ['a warning sign no stop gave', { ...base, redFlags: ['sharpPain'] }, 'redFlags'],
    [
      "a stop's warning sign left out",
      { ...base, stops: [{ atMs: 9000, trigger: 'pain', reason: 'numbness' }] },
      'redFlags',
    ],
    [
      'warning signs in another order than the stops gave them',
      {
        ...base,
        stops: [
          { atMs: 9000, trigger: 'stop', reason: 'dizziness' },
          { atMs: 19_000, trigger: 'pain', reason: 'urgentSign' },
        ],
        redFlags: ['urgentSign', 'dizziness'],
      },
      'redFlags',
    ],
    [
      'an empty stop word',
      { ...base, stopSignal: { ...base.stopSignal, word: '' } },
      'stopSignal.word',
    ],
    [
      'a stop word of spaces',
      { ...base, stopSignal: { ...base.stopSignal, word: '  ' } },
      'stopSignal.word',
    ],
    ['a start that is not a time', { ...base, startedAt: 'yesterday' }, 'startedAt'],
    ['a start without a zone', { ...base, startedAt: '2025-03-01T10:00:00' }, 'startedAt'],
    ['a start before 1970', { ...base, startedAt: '1969-12-31T23:59:59Z' }, 'startedAt'],
    ['an empty id', { ...base, id: '' }, 'id'],
    ['a newer record version', { ...base, schemaVersion: 2 }, 'schemaVersion'],
    ['an unexpected field', { ...base, extra: true }, ''],
    [
      'an impossible confirmation date',
      { ...base, screening: { outcome: 'askFirst', professionalConfirmedOn: '2025-02-30' } },
      'screening.professionalConfirmedOn',
    ],
  ];
  it.each(cases)('rejects %s', (_name, record, path) => {
    expect(rejects(record)).toContain(path);
  });

  it('says what a contradiction should have been', () => {
    expect(messages({ ...base, totals: { ...base.totals, tractionMs: 9_999_999 } })).toEqual([
      "totals.tractionMs: totals.tractionMs must be the pulls' ramp, hold and release times added up (19200)",
    ]);
    expect(messages({ ...base, redFlags: ['sharpPain'] })).toEqual([
      'redFlags: redFlags must be the warning signs given as reasons in stops, in order (none)',
    ]);
    expect(
      messages({
        ...base,
        pulls: [pull, { ...secondPull, index: pull.index }],
        totals: twoPullTotals,
      }),
    ).toEqual(['pulls.1.index: index 0 is already that of pulls[0]: each pull has its own']);
    expect(messages({ ...base, stopSignal: { ...base.stopSignal, word: '' } })).toEqual([
      'stopSignal.word: word must not be empty',
    ]);
  });

  it('accepts a pause or a sleep of months: a year is the most a duration can be', () => {
    const stops = [{ atMs: MAX_RECORD_MS, trigger: 'stop', reason: 'wantedToStop' }];
    expect(messages({ ...base, stops })).toEqual([]);
    expect(messages({ ...base, stops: [{ ...stops[0], atMs: MAX_RECORD_MS + 1 }] })).toEqual([
      `stops.0.atMs: must be at most ${MAX_RECORD_MS} (a year)`,
    ]);
  });

  it('accepts totals rounded to the millisecond', () => {
    const fractional = [{ ...pull, rampMs: 4200.4, holdMs: 10_000.3 }];
    const totals = { ...base.totals, tractionMs: 19_201, longestHoldMs: 10_000 };
    expect(messages({ ...base, pulls: fractional, totals })).toEqual([]);
  });

  it('names only the broken field, not the contradictions that follow from it', () => {
    expect(messages({ ...base, pulls: [{ ...pull, holdMs: -1 }] })).toEqual([
      'pulls.0.holdMs: must not be negative',
    ]);
  });

  it('says only that a start which is no date and time is not one', () => {
    expect(messages({ ...base, startedAt: 'yesterday' })).toEqual([
      'startedAt: must be a date and time like 2024-05-01T09:30:00Z',
    ]);
    expect(messages({ ...base, startedAt: '1969-12-31T23:59:59Z' })).toEqual([
      'startedAt: must not be before 1970',
    ]);
  });

  it('rejects a record with a field missing', () => {
    const { notes: _notes, ...withoutNotes } = base;
    expect(rejects(withoutNotes)).toEqual(['notes']);
  });

  it('still reads what an earlier import stored: a long note, an empty physical signal', () => {
    // Backups refuse both now; a session or profile already on a device must not turn unreadable.
    const stored = {
      ...base,
      notes: 'x'.repeat(NOTE_MAX_LENGTH + 1),
      stopSignal: { word: 'Stop', physical: '' },
    };
    expect(messages(stored)).toEqual([]);
    const profile = { ...initialProfile(), stopSignal: { word: 'Stop', physical: '' } };
    expect(profileSchema.safeParse(profile).success).toBe(true);
  });
});
