// The plan defaults as typed: each field checked against PLAN_BOUNDS before the plan may change.
import { PLAN_BOUNDS } from '../../../domain/plan/bounds';
import type { Plan, PlanField } from '../../../domain/plan/plan';
import type { MessageKey } from '../../i18n/en';
import type { Params } from '../../i18n/translate';

export const PLAN_FIELDS = [
  'holdSeconds',
  'holdMaxSeconds',
  'releaseSeconds',
  'restSeconds',
  'totalMinutes',
] as const satisfies readonly PlanField[];

/** What is in each field right now, valid or not. */
export type PlanDraft = Record<PlanField, string>;

export interface FieldProblem {
  key: MessageKey;
  params: Params;
}

export interface DraftCheck {
  /** The plan with every valid field applied; invalid ones keep the plan's value. */
  plan: Plan;
  problems: Partial<Record<PlanField, FieldProblem>>;
}

export type FieldUnit = 'Seconds' | 'Minutes';

export function unitOf(field: PlanField): FieldUnit {
  return field === 'totalMinutes' ? 'Minutes' : 'Seconds';
}

export function draftOf(plan: Plan): PlanDraft {
  return {
    holdSeconds: String(plan.holdSeconds),
    holdMaxSeconds: String(plan.holdMaxSeconds),
    releaseSeconds: String(plan.releaseSeconds),
    restSeconds: String(plan.restSeconds),
    totalMinutes: String(plan.totalMinutes),
  };
}

function parseField(field: PlanField, text: string): number | FieldProblem {
  const unit = unitOf(field);
  const { min, max } = PLAN_BOUNDS[field];
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return { key: `settings.plan.notWhole${unit}`, params: {} };
  const value = Number(trimmed);
  if (value < min) return { key: `settings.plan.tooLow${unit}`, params: { min } };
  if (value > max) return { key: `settings.plan.tooHigh${unit}`, params: { max } };
  return value;
}

/**
 * Checks every field and applies the valid ones to `plan`. The first hold may not outgrow the
 * longest hold: the field that was changed to break that gets the message and is not applied.
 */
export function checkDraft(draft: PlanDraft, plan: Plan): DraftCheck {
  const next: Plan = { ...plan };
  const problems: DraftCheck['problems'] = {};
  for (const field of PLAN_FIELDS) {
    const parsed = parseField(field, draft[field]);
    if (typeof parsed === 'number') next[field] = parsed;
    else problems[field] = parsed;
  }
  if (next.holdSeconds > next.holdMaxSeconds && next.holdSeconds !== plan.holdSeconds) {
    problems.holdSeconds = {
      key: 'settings.plan.holdAboveMax',
      params: { max: next.holdMaxSeconds },
    };
    next.holdSeconds = plan.holdSeconds;
  }
  if (next.holdSeconds > next.holdMaxSeconds) {
    problems.holdMaxSeconds = {
      key: 'settings.plan.maxBelowHold',
      params: { min: next.holdSeconds },
    };
    next.holdMaxSeconds = plan.holdMaxSeconds;
  }
  return { plan: next, problems };
}

export function samePlan(a: Plan, b: Plan): boolean {
  return a.technique === b.technique && PLAN_FIELDS.every((field) => a[field] === b[field]);
}
