// What the session machine remembers: the plan, the clock, and a log of every pull.
import type { DiscomfortLocation } from '../adaptation/discomfort';
import type { ForceChange, Rating } from '../adaptation/rating';
import type { CueId } from '../cues/catalogue';
import type { Plan } from '../plan/plan';
import type { StopReason } from '../screening/stopReasons';

export type ReleaseReason = 'holdComplete' | 'rampCap' | 'stop' | 'pain' | 'pause' | 'timeUp';

/** Where the session goes once the release has run its full time. */
export type AfterRelease = 'rest' | 'paused' | 'stopCheck' | 'done';

export type PullEventType = 'confirmed' | 'easeOff' | 'stop' | 'pain' | 'pause' | 'rampPrompt';

export interface PullLog {
  index: number;
  rampStartedAt: number;
  /** The hold the plan asked for when this pull began. */
  targetHoldMs: number;
  confirmed: boolean;
  holdStartedAt: number | null;
  releaseStartedAt: number | null;
  releaseEndedAt: number | null;
  releaseReason: ReleaseReason | null;
  /** How far past its deadline the hold or ramp was when the release began (device asleep). */
  lateByMs: number;
  rating: Rating | null;
  discomfort: DiscomfortLocation[];
  events: { type: PullEventType; at: number }[];
}

export type StopTrigger = 'stop' | 'pain' | 'painfulRating';

export interface StopLog {
  at: number;
  trigger: StopTrigger;
  reason: StopReason | null;
}

/** A rating the receiver has ticked in the rest but not yet sent with Continue. */
export interface ChosenRating {
  rating: Rating;
  discomfort: DiscomfortLocation[];
}

export type SessionEnd = 'completed' | 'receiverEnded' | 'redFlag' | 'urgent';

/** A cue due later in the current phase (a prompt or a countdown number). */
export interface ScheduledCue {
  at: number;
  cue: CueId;
}

export interface SessionContext {
  plan: Plan;
  /** The screening gate: false means no pull may ever start. */
  mayStart: boolean;
  startedAt: number | null;
  startedAtWall: string | null;
  /** Session time already spent in earlier active stretches (pauses and stop checks excluded). */
  activeBeforeMs: number;
  /** Start of the current active stretch, or null while paused or checking a stop. */
  activeSince: number | null;
  phaseStartedAt: number;
  /** When the current timed phase ends; Infinity in untimed states. */
  deadline: number;
  schedule: ScheduledCue[];
  nextHoldMs: number;
  nextForceChange: ForceChange | null;
  /** Ticked in this rest and not yet sent: it counts when the rest ends, however it ends. */
  chosenRating: ChosenRating | null;
  afterRelease: AfterRelease;
  pulls: PullLog[];
  stops: StopLog[];
  end: SessionEnd | null;
}

export interface SessionInput {
  plan: Plan;
  mayStart: boolean;
}
