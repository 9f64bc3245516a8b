// Time as a port: a monotonic clock and deadline timers, for the browser and for simulated tests.

/** Monotonic milliseconds; only differences mean anything (not wall-clock time). */
export interface Clock {
  now(): number;
}

/** Cancels a timer; calling it after the timer fired, or twice, does nothing. */
export type CancelTimer = () => void;

/** Runs a callback once the clock reaches a deadline (never before it; possibly later). */
export interface Timer {
  setTimer(at: number, fn: () => void): CancelTimer;
}

export const performanceClock: Clock = {
  now: () => performance.now(),
};

/** A gap this large between wall time and monotonic time is a sleep, not drift or a slewed clock. */
export const SLEEP_GAP_MS = 1000;

/**
 * Monotonic time that also counts a device's sleep. performance.now() stands still while the
 * system is suspended on most platforms (all but Windows), so a hold would resume where it was
 * after the phone woke; wall time moved on. Each reading adds any wall-time gap of a second or more
 * since the last one. A wall clock set back is ignored, and one set forward only ends a phase early
 * (a release): never a longer hold.
 */
export function createSleepAwareClock(
  monotonic: () => number = () => performance.now(),
  wall: () => number = () => Date.now(),
): Clock {
  let lastMonotonic = monotonic();
  let lastWall = wall();
  let slept = 0;
  return {
    now() {
      const nowMonotonic = monotonic();
      const nowWall = wall();
      const gap = nowWall - lastWall - (nowMonotonic - lastMonotonic);
      if (gap >= SLEEP_GAP_MS) slept += gap;
      lastMonotonic = nowMonotonic;
      lastWall = nowWall;
      return nowMonotonic + slept;
    },
  };
}

/** The slice of the global timer API the browser timer needs, injectable for tests. */
export interface TimeoutHost {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalTimeouts: TimeoutHost = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** setTimeout's delay is a signed 32-bit number; longer delays would fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Fires from clock deadlines, not from counted timeouts: setTimeout only decides when to look at
 * the clock again. A timeout that wakes early (clock drift, clamping) re-arms for the remainder; one
 * that wakes late (throttled tab, sleeping device) fires once, and the callback reads the real time.
 */
export function createBrowserTimer(
  clock: Clock = performanceClock,
  host: TimeoutHost = globalTimeouts,
): Timer {
  return {
    setTimer(at, fn) {
      let handle: unknown;
      let done = false;
      const arm = () => {
        // Whole milliseconds, rounded up: a truncated fraction wakes just early, and the re-arm from
        // inside a timer callback is clamped by browsers to 4 ms — a late cue.
        const remaining = Math.max(0, Math.ceil(at - clock.now()));
        handle = host.setTimeout(check, Math.min(remaining, MAX_TIMEOUT_MS));
      };
      const check = () => {
        if (done) return;
        if (clock.now() < at) {
          arm();
          return;
        }
        done = true;
        fn();
      };
      arm();
      return () => {
        if (done) return;
        done = true;
        host.clearTimeout(handle);
      };
    },
  };
}

const MAX_FIRES_PER_ADVANCE = 100_000;

interface Alarm {
  at: number;
  seq: number;
  fn: () => void;
}

/**
 * A simulated clock that is also its own timer, so a test cannot move time without the timers
 * seeing it. `advance` walks through every deadline on the way (timers fire on time); `set` jumps
 * (the device slept: every overdue timer fires once, late, and sees the new time).
 */
export class FakeClock implements Clock, Timer {
  private time: number;
  private alarms: Alarm[] = [];
  private seq = 0;

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimer(at: number, fn: () => void): CancelTimer {
    const alarm: Alarm = { at, seq: this.seq++, fn };
    this.alarms.push(alarm);
    return () => {
      this.alarms = this.alarms.filter((a) => a !== alarm);
    };
  }

  /** How many timers are waiting to fire. */
  pendingTimers(): number {
    return this.alarms.length;
  }

  /** Moves time forward by `ms`, firing each timer at its own deadline, in deadline order. */
  advance(ms: number): void {
    if (ms < 0) throw new RangeError('A monotonic clock cannot go backwards.');
    const target = this.time + ms;
    for (let fired = 0; ; fired++) {
      // A callback that keeps re-arming at or before `target` would never let time move on.
      if (fired > MAX_FIRES_PER_ADVANCE) throw new Error('Timers keep re-arming without end.');
      const next = this.nextDue(target);
      if (!next) break;
      this.time = Math.max(this.time, next.at);
      this.fire(next);
    }
    this.time = target;
  }

  /** Jumps straight to `time`; timers already overdue then fire once each, in deadline order. */
  set(time: number): void {
    if (time < this.time) throw new RangeError('A monotonic clock cannot go backwards.');
    this.time = time;
    this.advance(0);
  }

  private nextDue(target: number): Alarm | undefined {
    let best: Alarm | undefined;
    for (const alarm of this.alarms) {
      if (alarm.at > target) continue;
      if (!best || alarm.at < best.at || (alarm.at === best.at && alarm.seq < best.seq)) {
        best = alarm;
      }
    }
    return best;
  }

  private fire(alarm: Alarm): void {
    this.alarms = this.alarms.filter((a) => a !== alarm);
    alarm.fn();
  }
}
