// What the live screen shows about time: seconds left, pull numbers and time left, from the context.
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../../../domain/plan/plan';
import { createSession, phaseOf, step } from '../../../domain/session/step';
import {
  currentPullNumber,
  estimatedPulls,
  formatDuration,
  secondsLeft,
  sessionMsLeft,
} from './progress';

function started() {
  return step(createSession(defaultPlan(), true), {
    type: 'START',
    at: 1000,
    wallTime: '2026-11-20T09:00:00.000Z',
  }).snapshot;
}

describe('progress', () => {
  it('counts whole seconds down to the deadline, rounding up', () => {
    const { context } = started();
    expect(secondsLeft(context, 1000)).toBe(5);
    expect(secondsLeft(context, 1001)).toBe(5);
    expect(secondsLeft(context, 5001)).toBe(1);
    expect(secondsLeft(context, 9000)).toBe(0);
  });

  it('has no countdown in an untimed phase', () => {
    const snapshot = step(started(), { type: 'PAUSE', at: 2000 }).snapshot;
    expect(phaseOf(snapshot)).toBe('paused');
    expect(secondsLeft(snapshot.context, 3000)).toBeNull();
  });

  it('numbers the pull being prepared, and estimates about six in five minutes', () => {
    const snapshot = started();
    expect(currentPullNumber(snapshot.context, 'getReady')).toBe(1);
    expect(estimatedPulls(snapshot.context, 'getReady')).toBe(6);
  });

  it('counts session time left, not counting a pause', () => {
    expect(sessionMsLeft(started().context, 3000)).toBe(298_000);
    const paused = step(started(), { type: 'PAUSE', at: 3000 }).snapshot;
    expect(phaseOf(paused)).toBe('paused');
    expect(sessionMsLeft(paused.context, 500_000)).toBe(298_000);
  });

  it('formats m:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(600_000)).toBe('10:00');
  });
});
