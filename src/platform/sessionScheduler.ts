// Drives a live session: stamps events with the clock, steps the domain, and wakes it at deadlines.
import type { Effect } from '../domain/session/effects';
import type { SessionEvent, UnstampedEvent } from '../domain/session/events';

export type { UnstampedEvent };

import { nextWakeAt, type SessionSnapshot, step } from '../domain/session/step';
import type { CancelTimer, Clock, Timer } from './clock';
import type { Visibility } from './visibility';

export type StepListener = (snapshot: SessionSnapshot, effects: readonly Effect[]) => void;

export interface SessionSchedulerOptions {
  /** A new session (`createSession`) or one restored after the app was closed. */
  snapshot: SessionSnapshot;
  clock: Clock;
  timer: Timer;
  visibility: Visibility;
  onStep: StepListener;
}

export interface SessionScheduler {
  snapshot(): SessionSnapshot;
  /** Starts the session; `wallTime` is the ISO date-time kept in the record. */
  start(wallTime: string): void;
  send(event: UnstampedEvent): void;
  /** Stops the timer and the visibility listener; later events are ignored. */
  dispose(): void;
}

export function createSessionScheduler(options: SessionSchedulerOptions): SessionScheduler {
  const { clock, timer, visibility, onStep } = options;
  let snapshot = options.snapshot;
  let cancelTimer: CancelTimer | null = null;
  let disposed = false;
  // Events sent from inside a listener wait until the current step has been announced, so
  // listeners always see steps in the order they happened.
  const mailbox: SessionEvent[] = [];
  let busy = false;

  function arm(): void {
    cancelTimer?.();
    cancelTimer = null;
    if (disposed || snapshot.status !== 'active') return;
    const at = nextWakeAt(snapshot);
    if (at === null) return;
    cancelTimer = timer.setTimer(at, () => {
      cancelTimer = null;
      // The real time, not the deadline: a late wake-up must be seen as late by the domain, so an
      // overdue hold resolves to a release rather than running on.
      dispatch({ type: 'TICK', at: clock.now() });
    });
  }

  function dispatch(event: SessionEvent): void {
    if (disposed) return;
    mailbox.push(event);
    if (busy) return;
    busy = true;
    let failure: { error: unknown } | null = null;
    try {
      for (let next = mailbox.shift(); next && !disposed; next = mailbox.shift()) {
        const result = step(snapshot, next);
        snapshot = result.snapshot;
        // Re-armed before the listener runs: a listener that throws must never stall the clock,
        // nor lose an event queued behind it (a Stop); its error is rethrown once all are handled.
        arm();
        try {
          onStep(snapshot, result.effects);
        } catch (error) {
          failure ??= { error };
        }
      }
    } finally {
      busy = false;
      mailbox.length = 0;
    }
    if (failure) throw failure.error;
  }

  const stopWatching = visibility.onChange((visible) => {
    // Timers are throttled or frozen while hidden; catch up at once on return.
    if (visible && snapshot.status === 'active') dispatch({ type: 'TICK', at: clock.now() });
  });

  // A restored session resumes its deadlines straight away.
  arm();

  return {
    snapshot: () => snapshot,
    start(wallTime) {
      dispatch({ type: 'START', at: clock.now(), wallTime });
    },
    send(event) {
      dispatch({ ...event, at: clock.now() } as SessionEvent);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      cancelTimer?.();
      cancelTimer = null;
      stopWatching();
    },
  };
}
