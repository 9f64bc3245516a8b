// When the live screen's figures next change: the whole seconds left, counted from the phase's deadline.
import { SECOND } from '../../../domain/plan/bounds';

/** Time a display refresh may wait after a cue the scheduler wakes for anyway (its step re-renders). */
export const BEHIND_CUE_MS = 30;

/**
 * The moment the whole seconds left before `deadline` next tick down, or null when nothing will
 * (no deadline, or it has passed). Every cue falls on such a second, so a refresh never lands just
 * before one.
 */
export function nextSecondBoundary(deadline: number, now: number): number | null {
  if (!Number.isFinite(deadline) || now >= deadline) return null;
  const shown = Math.ceil((deadline - now) / SECOND);
  return deadline - (shown - 1) * SECOND;
}

/**
 * The moment the seconds shown last ticked down (or `now` without a deadline): the time left in
 * the session, read at this moment, ticks down in step with the big countdown.
 */
export function lastSecondBoundary(deadline: number, now: number): number {
  if (!Number.isFinite(deadline) || now >= deadline) return now;
  return deadline - Math.ceil((deadline - now) / SECOND) * SECOND;
}

/**
 * When the display should refresh itself. If the scheduler wakes the session by then, its step
 * re-renders the screen after the cue has gone out; the display's own timer then only stands by,
 * a little later, rather than compete with the cue for the main thread.
 */
export function displayRefreshAt(
  deadline: number,
  now: number,
  sessionWakeAt: number | null,
): number | null {
  const boundary = nextSecondBoundary(deadline, now);
  if (boundary === null) return null;
  return sessionWakeAt !== null && sessionWakeAt <= boundary ? boundary + BEHIND_CUE_MS : boundary;
}
