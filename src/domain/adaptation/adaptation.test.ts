import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../plan/plan';
import type { SessionRecord } from '../record/sessionRecord';
import { nextPullGentlerAfter } from './afterStop';
import { positionSuggestion, positionSuggestions } from './discomfort';
import { planForNextSession } from './progression';
import { gentlerPull, nextPullAfterRating } from './rating';

const S = 1000;

describe('rating → next pull', () => {
  it('too strong: lean back less, 5 s shorter, never under 10 s', () => {
    expect(nextPullAfterRating(20 * S, 'tooStrong', 30 * S)).toEqual({
      holdMs: 15 * S,
      forceChange: 'less',
      stop: false,
    });
    expect(nextPullAfterRating(10 * S, 'tooStrong', 30 * S).holdMs).toBe(10 * S);
  });

  it('just right: 5 s longer up to the plan maximum, then the same', () => {
    expect(nextPullAfterRating(10 * S, 'justRight', 15 * S)).toEqual({
      holdMs: 15 * S,
      forceChange: 'longer',
      stop: false,
    });
    expect(nextPullAfterRating(15 * S, 'justRight', 15 * S)).toEqual({
      holdMs: 15 * S,
      forceChange: 'same',
      stop: false,
    });
  });

  it('never grows past 30 s even if the maximum says more', () => {
    expect(nextPullAfterRating(30 * S, 'justRight', 60 * S).holdMs).toBe(30 * S);
  });

  it('too gentle: a little more, same hold', () => {
    expect(nextPullAfterRating(15 * S, 'tooGentle', 30 * S)).toEqual({
      holdMs: 15 * S,
      forceChange: 'more',
      stop: false,
    });
  });

  it('painful: stop flow', () => {
    expect(nextPullAfterRating(15 * S, 'painful', 30 * S).stop).toBe(true);
  });

  it.each([
    ['just right: the eased-off pull, its hold not grown', 15, 'justRight', 30, 15, 'eased', false],
    ['just right: never past the plan maximum', 25, 'justRight', 20, 20, 'eased', false],
    ['too gentle: a little more, same hold', 20, 'tooGentle', 30, 20, 'more', false],
    ['too strong: less, 5 s shorter', 20, 'tooStrong', 30, 15, 'less', false],
    ['painful: stop flow', 20, 'painful', 30, 15, 'less', true],
  ] as const)('after an ease-off, %s', (_, holdS, rating, maxS, nextS, forceChange, stop) => {
    expect(nextPullAfterRating(holdS * S, rating, maxS * S, 'easedOff')).toEqual({
      holdMs: nextS * S,
      forceChange,
      stop,
    });
  });

  it.each([
    ['just right: the same pull, its hold not grown', 15, 'justRight', 30, 15, 'same', false],
    ['too gentle: a little more, same hold', 15, 'tooGentle', 30, 15, 'more', false],
    ['too strong: less, 5 s shorter', 15, 'tooStrong', 30, 10, 'less', false],
    ['painful: stop flow', 15, 'painful', 30, 10, 'less', true],
  ] as const)('after a pull never held, %s', (_, holdS, rating, maxS, nextS, forceChange, stop) => {
    expect(nextPullAfterRating(holdS * S, rating, maxS * S, 'neverHeld')).toEqual({
      holdMs: nextS * S,
      forceChange,
      stop,
    });
  });

  it('gentler after an ease-off', () => {
    expect(gentlerPull(20 * S, 30 * S)).toEqual({
      holdMs: 15 * S,
      forceChange: 'less',
      stop: false,
    });
  });
});

describe('a stop → a gentler next pull', () => {
  it.each([
    ['pain', 'finished', true],
    ['pain', 'wantedToStop', true],
    ['pain', 'slipped', true],
    ['painfulRating', 'finished', true],
    ['painfulRating', 'slipped', true],
    ['stop', 'discomfort', true],
    ['stop', 'finished', false],
    ['stop', 'wantedToStop', false],
    ['stop', 'slipped', false],
    ['stop', null, false],
  ] as const)('a %s stop for %s: gentler %s', (trigger, reason, gentler) => {
    expect(nextPullGentlerAfter({ trigger, reason })).toBe(gentler);
  });
});

describe('discomfort → position', () => {
  it.each([
    ['ankles', 'ankleHold', 'gripHigherOrPadded'],
    ['knees', 'ankleHold', 'switchToPelvicBelt'],
    ['hips', 'ankleHold', 'switchToPelvicBelt'],
    ['hips', 'pelvicBelt', 'switchToAnkleHold'],
    ['belt', 'pelvicBelt', 'beltHigherAwayFromGroin'],
    ['sliding', 'ankleHold', 'firmerSurface'],
    ['sliding', 'pelvicBelt', 'firmerSurface'],
  ] as const)('%s with %s → %s', (location, technique, suggestion) => {
    expect(positionSuggestion(location, technique)).toBe(suggestion);
  });

  it('lists each suggestion once', () => {
    expect(positionSuggestions(['knees', 'hips', 'sliding'], 'ankleHold')).toEqual([
      'switchToPelvicBelt',
      'firmerSurface',
    ]);
  });
});

function record(change: Partial<SessionRecord>): SessionRecord {
  return {
    schemaVersion: 1,
    id: 's1',
    startedAt: '2026-11-20T09:00:00.000Z',
    plan: defaultPlan(),
    screening: { outcome: 'clear', professionalConfirmedOn: null },
    stopSignal: { word: 'Stop', physical: 'two taps' },
    painBefore: 4,
    painAfter: 3,
    pulls: [
      {
        index: 1,
        rampMs: 4000,
        confirmed: true,
        targetHoldMs: 10000,
        holdMs: 10000,
        releaseMs: 5000,
        releaseReason: 'holdComplete',
        lateByMs: 0,
        rating: 'justRight',
        discomfort: [],
        events: [],
      },
    ],
    stops: [],
    redFlags: [],
    notes: '',
    end: 'completed',
    totals: { pulls: 1, tractionMs: 19000, longestHoldMs: 10000, activeMs: 60000 },
    ...change,
  };
}

describe('between sessions', () => {
  const plan = defaultPlan();

  it('keeps the plan for a first session', () => {
    expect(planForNextSession(plan, undefined)).toEqual({
      plan,
      change: 'same',
      reason: 'firstSession',
    });
  });

  it('progresses after a comfortable session with pain after no worse than before', () => {
    const next = planForNextSession(plan, record({}));
    expect(next.change).toBe('progress');
    expect(next.plan).toMatchObject({ holdSeconds: 15, holdMaxSeconds: 20, totalMinutes: 6 });
  });

  it('does not progress when pain after was worse', () => {
    const next = planForNextSession({ ...plan, holdSeconds: 15 }, record({ painAfter: 5 }));
    expect(next).toMatchObject({ change: 'easier', reason: 'painWorseAfter' });
    expect(next.plan.holdSeconds).toBe(10);
  });

  it('does not progress after a pull rated too strong or a stop for pain', () => {
    const strong = record({});
    const pull = strong.pulls[0];
    if (pull) pull.rating = 'tooStrong';
    expect(planForNextSession(plan, strong).change).toBe('easier');
    const pained = record({ stops: [{ atMs: 1000, trigger: 'pain', reason: 'discomfort' }] });
    expect(planForNextSession(plan, pained).change).toBe('easier');
  });

  it('keeps the plan after a session that ended before its planned time', () => {
    for (const end of ['receiverEnded', 'interrupted'] as const) {
      expect(planForNextSession(plan, record({ end }))).toEqual({
        plan,
        change: 'same',
        reason: 'endedEarly',
      });
    }
  });

  it('keeps the plan when a pull was eased off, though it was then rated just right', () => {
    const eased = record({});
    eased.pulls[0]?.events.push({ type: 'easeOff', atMs: 12_000 });
    expect(planForNextSession(plan, eased)).toMatchObject({
      plan,
      change: 'same',
      reason: 'easedOrStopped',
    });
  });

  it('keeps the plan after a stop the receiver just wanted, then carried on from', () => {
    const stopped = record({ stops: [{ atMs: 1000, trigger: 'stop', reason: 'wantedToStop' }] });
    expect(planForNextSession(plan, stopped)).toMatchObject({
      change: 'same',
      reason: 'easedOrStopped',
    });
  });

  it('eases the first hold, then at its floor the longest hold, then the total; at every floor it says so', () => {
    const tooStrong = record({});
    const pull = tooStrong.pulls[0];
    if (pull) pull.rating = 'tooStrong';
    const base = { ...plan, holdSeconds: 10, holdMaxSeconds: 15, totalMinutes: 7 };
    expect(planForNextSession({ ...base, holdSeconds: 15 }, tooStrong).plan).toMatchObject({
      holdSeconds: 10,
      holdMaxSeconds: 15,
      totalMinutes: 7,
    });
    expect(planForNextSession(base, tooStrong)).toMatchObject({
      change: 'easier',
      plan: { holdSeconds: 10, holdMaxSeconds: 10, totalMinutes: 7 },
    });
    expect(planForNextSession({ ...base, holdMaxSeconds: 10 }, tooStrong)).toMatchObject({
      change: 'easier',
      plan: { holdSeconds: 10, holdMaxSeconds: 10, totalMinutes: 6 },
    });
    const gentlest = { ...base, holdMaxSeconds: 10, totalMinutes: 5 };
    expect(planForNextSession(gentlest, tooStrong)).toEqual({
      plan: gentlest,
      change: 'gentlest',
      reason: 'pullTooStrong',
    });
  });

  it('steps back after a red flag', () => {
    expect(planForNextSession(plan, record({ end: 'redFlag' }))).toMatchObject({
      change: 'easier',
      reason: 'endedByRedFlag',
    });
  });

  it('holds steady without feedback', () => {
    expect(planForNextSession(plan, record({ painAfter: null })).change).toBe('same');
  });

  it('never progresses past the bounds', () => {
    const top = { ...plan, holdSeconds: 30, holdMaxSeconds: 30, totalMinutes: 10 };
    expect(planForNextSession(top, record({})).plan).toEqual(top);
  });
});
