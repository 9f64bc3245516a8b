// What the live screen shows about time: seconds left in a phase, the pull count, time left.
import { GET_READY_MS, SECOND } from '../../../domain/plan/bounds';
import type { SessionContext } from '../../../domain/session/context';
import type { SessionPhase } from '../../../domain/session/step';
import { activeMsAt, cappedHoldMs, releaseMs, totalMs } from '../../../domain/session/timing';

/** A typical lean-back until the receiver confirms; only used to estimate the number of pulls. */
const TYPICAL_RAMP_MS = 5 * SECOND;

/** Whole seconds left before the phase's deadline, or null in a phase without one. */
export function secondsLeft(context: SessionContext, now: number): number | null {
  if (!Number.isFinite(context.deadline)) return null;
  return Math.max(0, Math.ceil((context.deadline - now) / SECOND));
}

/** The pull being prepared or under way, counting from 1. */
export function currentPullNumber(context: SessionContext, phase: SessionPhase): number {
  const done = context.pulls.length;
  return phase === 'getReady' ? done + 1 : Math.max(1, done);
}

/** About how many pulls fit in the session, never fewer than the one under way. */
export function estimatedPulls(context: SessionContext, phase: SessionPhase): number {
  const { plan } = context;
  const cycle =
    GET_READY_MS +
    TYPICAL_RAMP_MS +
    cappedHoldMs(context.nextHoldMs) +
    releaseMs(plan) +
    plan.restSeconds * SECOND;
  return Math.max(currentPullNumber(context, phase), Math.floor(totalMs(plan) / cycle));
}

/** Session time still to run in whole seconds, rounded up (pauses and stop checks do not count). */
export function sessionMsLeft(context: SessionContext, now: number): number {
  const left = Math.max(0, totalMs(context.plan) - activeMsAt(context, now));
  return Math.ceil(left / SECOND) * SECOND;
}

/** m:ss to the nearest second. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / SECOND));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
