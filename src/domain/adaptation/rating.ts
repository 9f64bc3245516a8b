// The receiver's rating of a pull, and how it shapes the next one (PRODUCT.md "Bounds and adaptation").
import { ABSOLUTE_HOLD_MAX_MS, HOLD_STEP_SECONDS, PLAN_BOUNDS, SECOND } from '../plan/bounds';

export const RATINGS = ['tooGentle', 'justRight', 'tooStrong', 'painful'] as const;
export type Rating = (typeof RATINGS)[number];

/** What the partner is told about the next pull ("eased": only as far as after the last ease-off). */
export type ForceChange = 'same' | 'longer' | 'less' | 'more' | 'eased';

export interface NextPull {
  holdMs: number;
  forceChange: ForceChange;
  /** A painful pull ends the cycle: the stop check follows. */
  stop: boolean;
}

const HOLD_MIN_MS = PLAN_BOUNDS.holdSeconds.min * SECOND;
const STEP_MS = HOLD_STEP_SECONDS * SECOND;

/** A hold never outside 10 s … the plan's maximum (itself ≤ 30 s). */
function holdWithin(ms: number, holdMaxMs: number): number {
  const ceiling = Math.min(Math.max(holdMaxMs, HOLD_MIN_MS), ABSOLUTE_HOLD_MAX_MS);
  return Math.min(ceiling, Math.max(HOLD_MIN_MS, ms));
}

/**
 * How the rated pull went. Only a pull held as it came earns a longer hold for "just right": after
 * an ease-off it rates the eased-off pull (the next goes only that far), and after a ramp that
 * reached its cap unconfirmed it rates a lean-back, not a hold (the next is the same).
 */
export type RatedPull = 'held' | 'easedOff' | 'neverHeld';

const JUST_RIGHT_NOT_GROWN: Readonly<Record<Exclude<RatedPull, 'held'>, ForceChange>> = {
  easedOff: 'eased',
  neverHeld: 'same',
};

/** The next pull after a rating; any rating but "just right" means the same whatever the pull. */
export function nextPullAfterRating(
  holdMs: number,
  rating: Rating,
  holdMaxMs: number,
  rated: RatedPull = 'held',
): NextPull {
  const within = (ms: number) => holdWithin(ms, holdMaxMs);
  switch (rating) {
    case 'tooStrong':
      return { holdMs: within(holdMs - STEP_MS), forceChange: 'less', stop: false };
    case 'justRight': {
      if (rated !== 'held') {
        return { holdMs: within(holdMs), forceChange: JUST_RIGHT_NOT_GROWN[rated], stop: false };
      }
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
