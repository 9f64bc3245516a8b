import { describe, expect, it } from 'vitest';
import { GET_READY_MS, SECOND } from '../plan/bounds';
import { defaultPlan } from '../plan/plan';
import { receiver, SimulatedSession } from '../session/simulation';
import { buildRecord, type RecordDetails } from './sessionRecord';

const details: RecordDetails = {
  id: 'session-1',
  screening: { outcome: 'clear', professionalConfirmedOn: null },
  stopSignal: { word: 'Stop', physical: 'Two taps on the arm' },
  painBefore: 5,
  painAfter: 3,
  notes: 'felt fine',
};

describe('session record', () => {
  it('records each pull as it happened: ramp, target and actual hold, release, rating', () => {
    const s = new SimulatedSession({ ...defaultPlan(), holdSeconds: 12 });
    s.start();
    s.advance(GET_READY_MS + 4 * SECOND);
    receiver.confirm(s);
    s.untilPhaseChanges();
    s.untilPhaseChanges();
    receiver.rate(s, 'justRight', ['ankles']);
    s.advance(SECOND);
    const record = buildRecord(s.snapshot.context, details, s.now);
    expect(record.startedAt).toBe('2026-11-26T09:00:00.000Z');
    expect(record.pulls).toHaveLength(1);
    expect(record.pulls[0]).toMatchObject({
      index: 1,
      rampMs: 4 * SECOND,
      confirmed: true,
      targetHoldMs: 12 * SECOND,
      holdMs: 12 * SECOND,
      releaseMs: 5 * SECOND,
      releaseReason: 'holdComplete',
      rating: 'justRight',
      discomfort: ['ankles'],
    });
    expect(record.pulls[0]?.events).toEqual([
      { type: 'confirmed', atMs: GET_READY_MS + 4 * SECOND },
    ]);
    expect(record.totals).toMatchObject({
      pulls: 1,
      tractionMs: 21 * SECOND,
      longestHoldMs: 12 * SECOND,
    });
    expect(record.painBefore).toBe(5);
    expect(record.notes).toBe('felt fine');
  });

  it('records stops with their reasons and red flags, and how the session ended', () => {
    const s = new SimulatedSession(defaultPlan());
    s.start();
    s.advance(GET_READY_MS + SECOND);
    receiver.confirm(s);
    s.advance(3 * SECOND);
    receiver.pain(s);
    s.untilPhaseChanges();
    receiver.explainStop(s, 'numbness');
    const record = buildRecord(s.snapshot.context, details, s.now);
    expect(record.stops).toEqual([
      { atMs: GET_READY_MS + 4 * SECOND, trigger: 'pain', reason: 'numbness' },
    ]);
    expect(record.redFlags).toEqual(['numbness']);
    expect(record.end).toBe('redFlag');
    expect(record.pulls[0]).toMatchObject({ holdMs: 3 * SECOND, releaseReason: 'pain' });
  });

  it('records a pull cut short by the app closing mid-hold as still releasing', () => {
    const s = new SimulatedSession(defaultPlan());
    s.start();
    s.advance(GET_READY_MS + SECOND);
    receiver.confirm(s);
    s.advance(4 * SECOND);
    const record = buildRecord(s.snapshot.context, details, s.now);
    expect(record.pulls[0]).toMatchObject({
      holdMs: 4 * SECOND,
      releaseReason: null,
      releaseMs: 0,
    });
    expect(record.end).toBeNull();
  });
});
