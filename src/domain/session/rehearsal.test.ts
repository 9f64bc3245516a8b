import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../plan/plan';
import { rehearse } from './rehearsal';

describe('rehearse', () => {
  it('goes through every phase a real session can take', () => {
    const visited = rehearse(defaultPlan());
    for (const phase of [
      'idle',
      'getReady',
      'ramp',
      'hold',
      'release',
      'rest',
      'stopCheck',
      'stopChoice',
      'paused',
      'ended',
      'done',
    ]) {
      expect(visited, phase).toContain(phase);
    }
  });

  it('runs through with the longest and the shortest plans as well', () => {
    for (const plan of [
      {
        ...defaultPlan(),
        holdSeconds: 30,
        holdMaxSeconds: 30,
        releaseSeconds: 10,
        restSeconds: 60,
      },
      { ...defaultPlan(), holdSeconds: 10, holdMaxSeconds: 10, releaseSeconds: 3, restSeconds: 10 },
    ]) {
      expect([...rehearse(plan)]).toEqual(expect.arrayContaining(['ended', 'done']));
    }
  });
});
