// The record schema accepts what the app records and rejects what it never could.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../plan/plan';
import type { SessionEvent } from '../session/events';
import type { SessionSnapshot } from '../session/step';
import { createSession, step } from '../session/step';
import { exampleRecord, profileArb, sessionRecordArb } from './arbitraries';
import { initialProfile } from './profile';
import { profileSchema, recordSchema } from './recordSchema';
import type { SessionRecord } from './sessionRecord';
import { buildRecord } from './sessionRecord';

function rejects(record: unknown): string[] {
  const result = recordSchema.safeParse(record);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
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

  const base = exampleRecord('a', '2025-03-01T10:00:00.000Z');
  const pull = base.pulls[0] as SessionRecord['pulls'][number];
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

  it('rejects a record with a field missing', () => {
    const { notes: _notes, ...withoutNotes } = base;
    expect(rejects(withoutNotes)).toEqual(['notes']);
  });
});
