// Everything that can happen to a session; each event carries the clock time it happened at (ms).
import type { DiscomfortLocation } from '../adaptation/discomfort';
import type { Rating } from '../adaptation/rating';
import type { StopReason } from '../screening/stopReasons';

export type SessionEvent =
  | { type: 'START'; at: number; wallTime: string }
  /** The scheduler's wake-up: a deadline or a cue is due. */
  | { type: 'TICK'; at: number }
  /** The receiver taps "Gentle pull — hold here". */
  | { type: 'CONFIRM'; at: number }
  | { type: 'EASE_OFF'; at: number }
  | { type: 'PAIN'; at: number }
  | { type: 'STOP'; at: number }
  | { type: 'PAUSE'; at: number }
  | { type: 'RESUME'; at: number }
  | { type: 'RATE'; at: number; rating: Rating; discomfort: DiscomfortLocation[] }
  /** A rating ticked but not yet sent: kept, and counted when the rest ends unsent. */
  | { type: 'CHOOSE_RATING'; at: number; rating: Rating; discomfort: DiscomfortLocation[] }
  /** Why the receiver stopped; after a stop for discomfort, where it was felt, if they said. */
  | { type: 'STOP_REASON'; at: number; reason: StopReason; discomfort?: DiscomfortLocation[] }
  | { type: 'CONTINUE'; at: number }
  | { type: 'END'; at: number };

export type SessionEventType = SessionEvent['type'];

/** An event as a person or the UI sends it; the scheduler stamps the time, so none gets it wrong. */
export type UnstampedEvent = SessionEvent extends infer E
  ? E extends { at: number }
    ? Omit<E, 'at'>
    : never
  : never;
