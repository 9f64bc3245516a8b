// A plan: the technique and the timing of each pull, always within PLAN_BOUNDS.
import { PLAN_BOUNDS } from './bounds';

export const TECHNIQUES = ['ankleHold', 'pelvicBelt'] as const;
export type Technique = (typeof TECHNIQUES)[number];

export interface Plan {
  technique: Technique;
  /** Target hold of the first pull. */
  holdSeconds: number;
  /** The longest hold adaptation may grow to. */
  holdMaxSeconds: number;
  releaseSeconds: number;
  restSeconds: number;
  totalMinutes: number;
}

export type PlanField = keyof typeof PLAN_BOUNDS;

export function defaultPlan(technique: Technique = 'ankleHold'): Plan {
  return {
    technique,
    holdSeconds: PLAN_BOUNDS.holdSeconds.default,
    holdMaxSeconds: PLAN_BOUNDS.holdMaxSeconds.default,
    releaseSeconds: PLAN_BOUNDS.releaseSeconds.default,
    restSeconds: PLAN_BOUNDS.restSeconds.default,
    totalMinutes: PLAN_BOUNDS.totalMinutes.default,
  };
}

export function clampToBounds(field: PlanField, value: number): number {
  const { min, max } = PLAN_BOUNDS[field];
  if (!Number.isFinite(value)) return PLAN_BOUNDS[field].default;
  return Math.min(max, Math.max(min, value));
}

/** Brings every field within bounds and keeps the first hold no longer than the plan's maximum. */
export function boundedPlan(plan: Plan): Plan {
  const holdMaxSeconds = clampToBounds('holdMaxSeconds', plan.holdMaxSeconds);
  return {
    technique: plan.technique,
    holdSeconds: Math.min(clampToBounds('holdSeconds', plan.holdSeconds), holdMaxSeconds),
    holdMaxSeconds,
    releaseSeconds: clampToBounds('releaseSeconds', plan.releaseSeconds),
    restSeconds: clampToBounds('restSeconds', plan.restSeconds),
    totalMinutes: clampToBounds('totalMinutes', plan.totalMinutes),
  };
}
