// After recovery, the stop the app closed on is answered, and its warning signs are kept.
import { describe, expect, it } from 'vitest';
import { exampleRecord } from './arbitraries';
import { withRecoveredStopReason } from './recoveredStop';
import type { SessionRecord } from './sessionRecord';
import { hasUnansweredStop } from './unansweredStop';

function interruptedAfterStops(stops: SessionRecord['stops']): SessionRecord {
  return { ...exampleRecord('s1', '2026-11-20T09:00:00.000Z'), stops, end: 'interrupted' };
}

const answered = { atMs: 30_000, trigger: 'stop', reason: 'wantedToStop' } as const;
const unanswered = { atMs: 90_000, trigger: 'pain', reason: null } as const;

describe('a stop left unanswered when the app closed', () => {
  it('is found only when the last stop has no reason', () => {
    expect(hasUnansweredStop(interruptedAfterStops([]))).toBe(false);
    expect(hasUnansweredStop(interruptedAfterStops([answered]))).toBe(false);
    expect(hasUnansweredStop(interruptedAfterStops([answered, unanswered]))).toBe(true);
  });

  it('takes its reason; a warning sign joins the red flags and earlier stops stay as they were', () => {
    const record = interruptedAfterStops([
      { atMs: 10_000, trigger: 'stop', reason: 'numbness' },
      answered,
      unanswered,
    ]);
    const kept = withRecoveredStopReason(record, 'urgentSign');
    expect(kept.stops).toEqual([
      { atMs: 10_000, trigger: 'stop', reason: 'numbness' },
      answered,
      { atMs: 90_000, trigger: 'pain', reason: 'urgentSign' },
    ]);
    expect(kept.redFlags).toEqual(['numbness', 'urgentSign']);
    // Still a session the app closed on: the answer adds to the record, it does not rewrite it.
    expect(kept.end).toBe('interrupted');
    expect(kept.pulls).toEqual(record.pulls);
  });

  it('adds no red flag for a reason that is not a warning sign', () => {
    const kept = withRecoveredStopReason(interruptedAfterStops([unanswered]), 'slipped');
    expect(kept.stops.at(-1)?.reason).toBe('slipped');
    expect(kept.redFlags).toEqual([]);
  });

  it('keeps where a stop for discomfort was felt on the last pull, with the places its rating named', () => {
    const record = interruptedAfterStops([unanswered]);
    const rated = {
      ...record,
      pulls: [{ ...record.pulls[0], rating: 'painful', discomfort: ['sliding'] }],
    } as SessionRecord;
    const kept = withRecoveredStopReason(rated, 'discomfort', ['knees', 'sliding', 'ankles']);
    expect(kept.pulls[0]?.discomfort).toEqual(['ankles', 'knees', 'sliding']);
    expect(kept.redFlags).toEqual([]);
  });

  it('keeps no places for a stop that was not for discomfort', () => {
    const record = interruptedAfterStops([unanswered]);
    const kept = withRecoveredStopReason(record, 'wantedToStop', ['knees']);
    expect(kept.pulls).toEqual(record.pulls);
  });

  it('changes nothing when there is no unanswered stop', () => {
    const record = interruptedAfterStops([answered]);
    expect(withRecoveredStopReason(record, 'dizziness')).toBe(record);
  });
});
