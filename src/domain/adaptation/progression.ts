// Between sessions: progress only after a session that ran as planned, comfortable throughout, whose
// pain after was no worse than before.
import { HOLD_STEP_SECONDS } from '../plan/bounds';
import { boundedPlan, type Plan } from '../plan/plan';
import type { SessionRecord } from '../record/sessionRecord';

/** 'gentlest': the plan should be easier, but it is already the gentlest the bounds allow. */
export type PlanChange = 'progress' | 'same' | 'easier' | 'gentlest';

/** Why the plan changed, for the words of the after-session summary. */
export type ProgressionReason =
  | 'firstSession'
  | 'comfortableAndNoWorse'
  | 'notEnoughFeedback'
  | 'painWorseAfter'
  | 'pullTooStrong'
  | 'endedByRedFlag'
  | 'endedEarly'
  | 'easedOrStopped';

export interface NextSessionPlan {
  plan: Plan;
  change: PlanChange;
  reason: ProgressionReason;
}

const STRONG = new Set(['tooStrong', 'painful']);

export function planForNextSession(plan: Plan, last: SessionRecord | undefined): NextSessionPlan {
  if (!last) return { plan: boundedPlan(plan), change: 'same', reason: 'firstSession' };
  if (last.end === 'redFlag' || last.end === 'urgent') {
    return easedPlan(plan, 'endedByRedFlag');
  }
  const ratings = last.pulls.map((p) => p.rating).filter((r) => r !== null);
  const painStop = last.stops.some((s) => s.trigger !== 'stop' || s.reason === 'discomfort');
  if (ratings.some((r) => STRONG.has(r)) || painStop) {
    return easedPlan(plan, 'pullTooStrong');
  }
  if (last.painBefore !== null && last.painAfter !== null && last.painAfter > last.painBefore) {
    return easedPlan(plan, 'painWorseAfter');
  }
  // Only a session that ran as planned, start to end, shows the next one can ask a little more.
  if (last.end !== 'completed') {
    return { plan: boundedPlan(plan), change: 'same', reason: 'endedEarly' };
  }
  const eased = last.pulls.some((p) => p.events.some((e) => e.type === 'easeOff'));
  if (eased || last.stops.length > 0) {
    return { plan: boundedPlan(plan), change: 'same', reason: 'easedOrStopped' };
  }
  if (ratings.length === 0 || last.painBefore === null || last.painAfter === null) {
    return { plan: boundedPlan(plan), change: 'same', reason: 'notEnoughFeedback' };
  }
  const progressed = boundedPlan({
    ...plan,
    holdMaxSeconds: plan.holdMaxSeconds + HOLD_STEP_SECONDS,
    holdSeconds: plan.holdSeconds + HOLD_STEP_SECONDS,
    totalMinutes: plan.totalMinutes + 1,
  });
  const same = JSON.stringify(progressed) === JSON.stringify(boundedPlan(plan));
  return {
    plan: progressed,
    change: same ? 'same' : 'progress',
    reason: 'comfortableAndNoWorse',
  };
}

/**
 * A little easier: a shorter first hold; at its floor, a lower longest hold; at that floor too, a
 * minute less in all. A plan already at every floor stays, and the summary says it is the gentlest.
 */
function easedPlan(plan: Plan, reason: ProgressionReason): NextSessionPlan {
  const current = boundedPlan(plan);
  const steps: Partial<Plan>[] = [
    { holdSeconds: current.holdSeconds - HOLD_STEP_SECONDS },
    { holdMaxSeconds: current.holdMaxSeconds - HOLD_STEP_SECONDS },
    { totalMinutes: current.totalMinutes - 1 },
  ];
  for (const step of steps) {
    const next = boundedPlan({ ...current, ...step });
    if (JSON.stringify(next) !== JSON.stringify(current)) {
      return { plan: next, change: 'easier', reason };
    }
  }
  return { plan: current, change: 'gentlest', reason };
}
