// What the session asks the outside world to do, as data; platform adapters carry it out.
import type { CueId, CuePriority } from '../cues/catalogue';

export type Effect =
  /** Speak, caption, beep and vibrate this cue; scheduledAt is when it was due (clock ms). */
  | { type: 'cue'; cue: CueId; priority: CuePriority; scheduledAt: number }
  /** Save the session record now (a phase changed or a rating arrived). */
  | { type: 'persist' }
  /** Keep the screen awake while a session runs. */
  | { type: 'wakeLock'; on: boolean };
