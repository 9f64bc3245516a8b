import { describe, expect, it } from 'vitest';
import { PLAN_BOUNDS } from './bounds';
import { boundedPlan, defaultPlan } from './plan';
import { parsePlan } from './planSchema';

describe('plan', () => {
  it('defaults to gentle first sessions: 10 s holds up to 15 s, 5 s release, 20 s rest, 5 minutes', () => {
    expect(defaultPlan('pelvicBelt')).toEqual({
      technique: 'pelvicBelt',
      holdSeconds: 10,
      holdMaxSeconds: 15,
      releaseSeconds: 5,
      restSeconds: 20,
      totalMinutes: 5,
    });
  });

  it('brings every field within its bounds', () => {
    const wild = boundedPlan({
      technique: 'ankleHold',
      holdSeconds: 90,
      holdMaxSeconds: 100,
      releaseSeconds: 0,
      restSeconds: 1000,
      totalMinutes: Number.NaN,
    });
    expect(wild).toEqual({
      technique: 'ankleHold',
      holdSeconds: 30,
      holdMaxSeconds: 30,
      releaseSeconds: 3,
      restSeconds: 60,
      totalMinutes: 5,
    });
  });

  it('keeps the first hold no longer than the plan maximum', () => {
    expect(boundedPlan({ ...defaultPlan(), holdSeconds: 25, holdMaxSeconds: 15 }).holdSeconds).toBe(
      15,
    );
  });
});

describe('plan schema', () => {
  it('accepts a plan within bounds', () => {
    expect(parsePlan(defaultPlan())).toEqual({ ok: true, plan: defaultPlan() });
  });

  for (const [field, bound] of Object.entries(PLAN_BOUNDS)) {
    const unit = field === 'totalMinutes' ? 'minutes' : 'seconds';
    it(`rejects ${field} above ${bound.max} with a message naming the field and the bound`, () => {
      const result = parsePlan({ ...defaultPlan(), holdMaxSeconds: 30, [field]: bound.max + 1 });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors).toContain(`${field} must be at most ${bound.max} ${unit}`);
    });
    it(`rejects ${field} below ${bound.min}`, () => {
      const result = parsePlan({ ...defaultPlan(), [field]: bound.min - 1 });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors).toContain(`${field} must be at least ${bound.min} ${unit}`);
    });
  }

  it('rejects malformed plans clearly', () => {
    const result = parsePlan({ technique: 'rope', holdSeconds: '10', releaseSeconds: 4.5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('technique must be one of ankleHold, pelvicBelt');
    expect(result.errors).toContain('holdSeconds must be a number of seconds');
    expect(result.errors).toContain('releaseSeconds must be a whole number of seconds');
    expect(result.errors).toContain('restSeconds is missing');
    expect(parsePlan('not a plan').ok).toBe(false);
  });

  it('rejects a first hold longer than the maximum', () => {
    const result = parsePlan({ ...defaultPlan(), holdSeconds: 20, holdMaxSeconds: 15 });
    expect(result).toEqual({ ok: false, errors: ['holdSeconds must not exceed holdMaxSeconds'] });
  });
});
