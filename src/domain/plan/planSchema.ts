// Plans that come from outside (backup, link, settings) are parsed here; inside, Plan is trusted.
// Every schema builds on this one, so zod is configured here, before any schema is made.
import * as z from 'zod/mini';
import { PLAN_BOUNDS } from './bounds';
import { type Plan, TECHNIQUES } from './plan';

// The app's CSP forbids eval; without this zod would probe for it (and the browser log a violation).
z.config({ jitless: true });

function bounded(field: keyof typeof PLAN_BOUNDS, unit: string) {
  const { min, max } = PLAN_BOUNDS[field];
  return z
    .number({ error: `${field} must be a number of ${unit}` })
    .check(
      z.int({ error: `${field} must be a whole number of ${unit}` }),
      z.gte(min, { error: `${field} must be at least ${min} ${unit}` }),
      z.lte(max, { error: `${field} must be at most ${max} ${unit}` }),
    );
}

export const planSchema = z
  .object({
    technique: z.enum(TECHNIQUES, { error: `technique must be one of ${TECHNIQUES.join(', ')}` }),
    holdSeconds: bounded('holdSeconds', 'seconds'),
    holdMaxSeconds: bounded('holdMaxSeconds', 'seconds'),
    releaseSeconds: bounded('releaseSeconds', 'seconds'),
    restSeconds: bounded('restSeconds', 'seconds'),
    totalMinutes: bounded('totalMinutes', 'minutes'),
  })
  .check(
    z.refine((plan) => plan.holdSeconds <= plan.holdMaxSeconds, {
      error: 'holdSeconds must not exceed holdMaxSeconds',
      path: ['holdSeconds'],
    }),
  );

export type PlanParseResult = { ok: true; plan: Plan } | { ok: false; errors: string[] };

/** Parses an untrusted plan; each error names the field and the bound it broke. */
export function parsePlan(input: unknown): PlanParseResult {
  const result = planSchema.safeParse(input);
  if (result.success) return { ok: true, plan: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      const field = issue.path.join('.');
      if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
        return field ? `${field} is missing` : 'a plan must be an object';
      }
      return issue.message;
    }),
  };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
