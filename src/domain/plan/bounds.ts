// The limits of a pull and a session, defined once: UI, schemas and the session machine read them.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

/** Inclusive bounds, in seconds, with the default for first sessions. */
export const PLAN_BOUNDS = {
  holdSeconds: { min: 10, max: 30, default: 10 },
  holdMaxSeconds: { min: 10, max: 30, default: 15 },
  releaseSeconds: { min: 3, max: 10, default: 5 },
  restSeconds: { min: 10, max: 60, default: 20 },
  totalMinutes: { min: 5, max: 10, default: 5 },
} as const;

/** A ramp never runs on unconfirmed past this; then it ends in a release. */
export const RAMP_CAP_MS = 20 * SECOND;
/** If the receiver has not confirmed by now, the receiver is prompted. */
export const RAMP_PROMPT_MS = 10 * SECOND;
/** The short count-in before the first lean-back. */
export const GET_READY_MS = 5 * SECOND;
/** The hold is counted down aloud over its last seconds. */
export const HOLD_COUNTDOWN_SECONDS = 3;
/** The hard ceiling whatever a plan, an import or a setting says (H5, H6). */
export const ABSOLUTE_HOLD_MAX_MS = PLAN_BOUNDS.holdSeconds.max * SECOND;
export const ABSOLUTE_SESSION_MAX_MS = PLAN_BOUNDS.totalMinutes.max * MINUTE;
/** Hold grows or shrinks by this step after a rating. */
export const HOLD_STEP_SECONDS = 5;
