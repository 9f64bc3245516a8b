// The plan defaults as typed: bounds from PLAN_BOUNDS, and the first hold within the longest.
import { describe, expect, it } from 'vitest';
import { PLAN_BOUNDS } from '../../../domain/plan/bounds';
import { defaultPlan } from '../../../domain/plan/plan';
import { checkDraft, draftOf } from './planDraft';

const plan = defaultPlan();

describe('checkDraft', () => {
  it('applies valid fields and leaves the plan as it is for invalid ones', () => {
    const draft = { ...draftOf(plan), restSeconds: '45', releaseSeconds: '11' };
    const checked = checkDraft(draft, plan);
    expect(checked.plan).toEqual({ ...plan, restSeconds: 45 });
    expect(checked.problems).toEqual({
      releaseSeconds: { key: 'settings.plan.tooHighSeconds', params: { max: 10 } },
    });
  });

  it('accepts every bound itself', () => {
    for (const [field, { min, max }] of Object.entries(PLAN_BOUNDS)) {
      for (const value of [min, max]) {
        const draft = { ...draftOf({ ...plan, holdMaxSeconds: 30 }), [field]: String(value) };
        const checked = checkDraft(draft, { ...plan, holdMaxSeconds: 30 });
        expect(checked.problems).toEqual({});
      }
    }
  });

  it('blames the field that broke hold ≤ longest hold, and applies neither', () => {
    const shorterMax = checkDraft({ ...draftOf(plan), holdMaxSeconds: '5' }, plan);
    expect(shorterMax.problems.holdMaxSeconds?.key).toBe('settings.plan.tooLowSeconds');
    const belowHold = checkDraft(
      { ...draftOf({ ...plan, holdSeconds: 15 }), holdMaxSeconds: '12' },
      { ...plan, holdSeconds: 15 },
    );
    expect(belowHold.problems.holdMaxSeconds).toEqual({
      key: 'settings.plan.maxBelowHold',
      params: { min: 15 },
    });
    expect(belowHold.plan.holdMaxSeconds).toBe(plan.holdMaxSeconds);
  });

  it('applies a held-back hold once the longest hold makes room for it', () => {
    const draft = { ...draftOf(plan), holdSeconds: '25', holdMaxSeconds: '30' };
    expect(checkDraft(draft, plan)).toEqual({
      plan: { ...plan, holdSeconds: 25, holdMaxSeconds: 30 },
      problems: {},
    });
  });

  it('wants whole numbers', () => {
    for (const text of ['', ' ', '1.5', '1e1', '-10', 'ten']) {
      const checked = checkDraft({ ...draftOf(plan), restSeconds: text }, plan);
      expect(checked.problems.restSeconds?.key).toBe('settings.plan.notWholeSeconds');
    }
  });
});
