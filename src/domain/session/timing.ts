// Deadlines and in-phase cues of each timed phase, computed from the moment the phase began.
import { countCue } from '../cues/catalogue';
import {
  ABSOLUTE_HOLD_MAX_MS,
  ABSOLUTE_SESSION_MAX_MS,
  GET_READY_MS,
  HOLD_COUNTDOWN_SECONDS,
  MINUTE,
  PLAN_BOUNDS,
  RAMP_CAP_MS,
  RAMP_PROMPT_MS,
  SECOND,
} from '../plan/bounds';
import type { Plan } from '../plan/plan';
import type { ScheduledCue, SessionContext } from './context';
import { releaseCount } from './releaseCount';

export type TimedPhase = 'getReady' | 'ramp' | 'hold' | 'release' | 'rest';

export interface PhaseTiming {
  deadline: number;
  schedule: ScheduledCue[];
}

export function releaseMs(plan: Plan): number {
  return plan.releaseSeconds * SECOND;
}

export function totalMs(plan: Plan): number {
  return Math.min(plan.totalMinutes * MINUTE, ABSOLUTE_SESSION_MAX_MS);
}

/** A hold never runs past 30 s, whatever the plan or the adaptation asked. */
export function cappedHoldMs(holdMs: number): number {
  return Math.min(holdMs, ABSOLUTE_HOLD_MAX_MS);
}

export function phaseTiming(phase: TimedPhase, at: number, context: SessionContext): PhaseTiming {
  switch (phase) {
    case 'getReady':
      return { deadline: at + getReadyMsAt(context, at), schedule: [] };
    case 'ramp':
      return {
        deadline: at + RAMP_CAP_MS,
        schedule: [{ at: at + RAMP_PROMPT_MS, cue: 'rampPrompt' }],
      };
    case 'hold': {
      const pull = context.pulls[context.pulls.length - 1];
      const deadline = at + cappedHoldMs(pull?.targetHoldMs ?? context.nextHoldMs);
      const schedule: ScheduledCue[] = [];
      for (let n = HOLD_COUNTDOWN_SECONDS; n >= 1; n--) {
        const cue = countCue(n);
        if (cue) schedule.push({ at: deadline - n * SECOND, cue });
      }
      return { deadline, schedule };
    }
    case 'release':
      return {
        deadline: at + releaseMs(context.plan),
        schedule: releaseCount(context.plan.releaseSeconds, at).map(({ at: due, cue }) => ({
          at: due,
          cue,
        })),
      };
    case 'rest': {
      // The rest after the last pull never carries the session past its total.
      const left = Math.max(0, totalMs(context.plan) - activeMsAt(context, at));
      return { deadline: at + Math.min(context.plan.restSeconds * SECOND, left), schedule: [] };
    }
  }
}

/** Session time used so far: active stretches only, so pauses do not eat the session. */
export function activeMsAt(context: SessionContext, at: number): number {
  const running = context.activeSince === null ? 0 : Math.max(0, at - context.activeSince);
  return context.activeBeforeMs + running;
}

/** The shortest rest between pulls (PRODUCT.md: rest 10–60 s). */
export const MIN_REST_MS = PLAN_BOUNDS.restSeconds.min * SECOND;

/**
 * How long a get-ready begun at `at` lasts: its count-in, and never less than what is left of the
 * shortest rest since the last release ended, so a quick Resume or Carry on cannot shorten a rest.
 */
export function getReadyMsAt(context: SessionContext, at: number): number {
  const releaseEndedAt = context.pulls[context.pulls.length - 1]?.releaseEndedAt ?? null;
  const restLeft = releaseEndedAt === null ? 0 : releaseEndedAt + MIN_REST_MS - at;
  return Math.max(GET_READY_MS, restLeft);
}

/** The worst case of a pull from its ramp: the full ramp cap, the hold, the release and a short rest to rate it in. */
function pullBudgetMs(context: SessionContext): number {
  return RAMP_CAP_MS + cappedHoldMs(context.nextHoldMs) + releaseMs(context.plan) + MIN_REST_MS;
}

/** The ramp begins only if even its longest pull ends within the total (the device may have slept). */
export function timeForThisPull(context: SessionContext, at: number): boolean {
  return activeMsAt(context, at) + pullBudgetMs(context) <= totalMs(context.plan);
}

/** A new pull starts only if its get-ready and even its longest version end within the session's total. */
export function timeForAnotherPull(context: SessionContext, at: number): boolean {
  return (
    activeMsAt(context, at) + getReadyMsAt(context, at) + pullBudgetMs(context) <=
    totalMs(context.plan)
  );
}
