// The receiver's rating of a pull, and how it shapes the next one (PRODUCT.md "Bounds and adaptation").
import { ABSOLUTE_HOLD_MAX_MS, HOLD_STEP_SECONDS, PLAN_BOUNDS, SECOND } from '../plan/bounds';

export const RATINGS = ['tooGentle', 'justRight', 'tooStrong', 'painful'] as const;
export type Rating = (typeof RATINGS)[number];

/** What the partner is told about the next pull. */
export type ForceChange = 'same' | 'longer' | 'less' | 'more';

export interface NextPull {
  holdMs: number;
  forceChange: ForceChange;
  /** A painful pull ends the cycle: the stop check follows. */
  stop: boolean;
}

const HOLD_MIN_MS = PLAN_BOUNDS.holdSeconds.min * SECOND;
const STEP_MS = HOLD_STEP_SECONDS * SECOND;

/** The next pull after a rating, never outside 10 s … the plan's maximum (itself ≤ 30 s). */
export function nextPullAfterRating(holdMs: number, rating: Rating, holdMaxMs: number): NextPull {
  const ceiling = Math.min(Math.max(holdMaxMs, HOLD_MIN_MS), ABSOLUTE_HOLD_MAX_MS);
  const within = (ms: number) => Math.min(ceiling, Math.max(HOLD_MIN_MS, ms));
  switch (rating) {
    case 'tooStrong':
      return { holdMs: within(holdMs - STEP_MS), forceChange: 'less', stop: false };
    case 'justRight': {
      const grown = within(holdMs + STEP_MS);
      return { holdMs: grown, forceChange: grown > holdMs ? 'longer' : 'same', stop: false };
    }
    case 'tooGentle':
      return { holdMs: within(holdMs), forceChange: 'more', stop: false };
    case 'painful':
      return { holdMs: within(holdMs - STEP_MS), forceChange: 'less', stop: true };
  }
}

/** After an ease-off or a stop for discomfort: shorter and gentler. */
export function gentlerPull(holdMs: number, holdMaxMs: number): NextPull {
  return { ...nextPullAfterRating(holdMs, 'tooStrong', holdMaxMs), stop: false };
}
