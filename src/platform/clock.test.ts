// The Timer contract, held by the fake and by the browser timer; and the browser timer's own rules.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Clock,
  createBrowserTimer,
  createSleepAwareClock,
  FakeClock,
  performanceClock,
  SLEEP_GAP_MS,
  type TimeoutHost,
  type Timer,
} from './clock';

interface TimerHarness {
  clock: Clock;
  timer: Timer;
  /** Time passes normally: timeouts run when due. */
  advance(ms: number): void;
  /** The device sleeps: time jumps, then overdue timeouts run once. */
  sleep(ms: number): void;
}

/** A setTimeout on a FakeClock used only as a clock; `early` < 1 makes every timeout wake early. */
function stubHost(clock: FakeClock, early = 1) {
  let nextId = 1;
  let pending: { id: number; due: number; fn: () => void }[] = [];
  const calls: number[] = [];
  const host: TimeoutHost = {
    setTimeout(fn, ms) {
      calls.push(ms);
      const id = nextId++;
      pending.push({ id, due: clock.now() + Math.ceil(Math.max(0, ms) * early), fn });
      return id;
    },
    clearTimeout(handle) {
      pending = pending.filter((p) => p.id !== handle);
    },
  };
  const runDue = (until: number) => {
    for (;;) {
      const due = pending
        .filter((p) => p.due <= until)
        .sort((a, b) => a.due - b.due || a.id - b.id);
      const next = due[0];
      if (!next) return;
      pending = pending.filter((p) => p !== next);
      if (next.due > clock.now()) clock.set(next.due);
      next.fn();
    }
  };
  return {
    host,
    calls,
    advance(ms: number) {
      const target = clock.now() + ms;
      runDue(target);
      clock.set(target);
    },
    sleep(ms: number) {
      clock.set(clock.now() + ms);
      runDue(clock.now());
    },
  };
}

function timerContract(name: string, make: () => TimerHarness) {
  describe(`Timer contract: ${name}`, () => {
    it('fires at its deadline and not a moment before', () => {
      const { clock, timer, advance } = make();
      const deadline = clock.now() + 1000;
      const firedAt: number[] = [];
      timer.setTimer(deadline, () => firedAt.push(clock.now()));
      advance(999);
      expect(firedAt).toEqual([]);
      advance(1);
      expect(firedAt).toEqual([deadline]);
      advance(5000);
      expect(firedAt).toEqual([deadline]);
    });

    it('never fires once cancelled', () => {
      const { clock, timer, advance } = make();
      const fn = vi.fn();
      const cancel = timer.setTimer(clock.now() + 500, fn);
      advance(200);
      cancel();
      advance(1000);
      expect(fn).not.toHaveBeenCalled();
    });

    it('fires a deadline that has already passed straight away, once', () => {
      const { clock, timer, advance } = make();
      const fn = vi.fn();
      timer.setTimer(clock.now() - 50, fn);
      advance(0);
      expect(fn).toHaveBeenCalledTimes(1);
      advance(1000);
      expect(fn).toHaveBeenCalledTimes(1);
    });

    it('fires in deadline order, whatever order the timers were set in', () => {
      const { clock, timer, advance } = make();
      const order: string[] = [];
      const t0 = clock.now();
      timer.setTimer(t0 + 300, () => order.push('third'));
      timer.setTimer(t0 + 100, () => order.push('first'));
      timer.setTimer(t0 + 200, () => order.push('second'));
      advance(300);
      expect(order).toEqual(['first', 'second', 'third']);
    });

    it('lets a callback set the next deadline, each firing on time', () => {
      const { clock, timer, advance } = make();
      const t0 = clock.now();
      const firedAt: number[] = [];
      const every = (at: number) =>
        timer.setTimer(at, () => {
          firedAt.push(clock.now() - t0);
          if (at < t0 + 3000) every(at + 1000);
        });
      every(t0 + 1000);
      advance(10_000);
      expect(firedAt).toEqual([1000, 2000, 3000]);
    });

    it('after the device slept past a deadline, fires once and sees the real, late time', () => {
      const { clock, timer, advance, sleep } = make();
      const t0 = clock.now();
      const firedAt: number[] = [];
      timer.setTimer(t0 + 1000, () => firedAt.push(clock.now() - t0));
      sleep(5 * 60_000);
      advance(10_000);
      expect(firedAt).toEqual([5 * 60_000]);
    });
  });
}

timerContract('FakeClock', () => {
  const clock = new FakeClock(1000);
  return {
    clock,
    timer: clock,
    advance: (ms) => clock.advance(ms),
    sleep: (ms) => clock.set(clock.now() + ms),
  };
});

timerContract('createBrowserTimer', () => {
  const clock = new FakeClock(1000);
  const stub = stubHost(clock);
  return { clock, timer: createBrowserTimer(clock, stub.host), ...stub };
});

describe('createBrowserTimer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('re-arms a timeout that wakes before the deadline instead of firing early', () => {
    const clock = new FakeClock(0);
    const stub = stubHost(clock, 0.6);
    const timer = createBrowserTimer(clock, stub.host);
    const firedAt: number[] = [];
    timer.setTimer(100, () => firedAt.push(clock.now()));
    stub.advance(99);
    expect(firedAt).toEqual([]);
    stub.advance(1);
    expect(firedAt).toEqual([100]);
    // It looked at the clock again rather than counting its wake-ups as time.
    expect(stub.calls.length).toBeGreaterThan(1);
  });

  it('asks for whole milliseconds, rounded up, so a fraction never wakes it early', () => {
    const clock = new FakeClock(0.4);
    const stub = stubHost(clock);
    createBrowserTimer(clock, stub.host).setTimer(1000, () => {});
    expect(stub.calls).toEqual([1000]);
  });

  it('reads performance.now() and uses setTimeout by default', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const timer = createBrowserTimer();
    const deadline = performanceClock.now() + 250;
    const firedAt: number[] = [];
    timer.setTimer(deadline, () => firedAt.push(performance.now()));
    vi.advanceTimersByTime(249);
    expect(firedAt).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(firedAt).toEqual([deadline]);
  });
});

describe('FakeClock', () => {
  it('refuses to run backwards', () => {
    const clock = new FakeClock(500);
    expect(() => clock.set(499)).toThrow(RangeError);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(clock.now()).toBe(500);
  });
});

describe('createSleepAwareClock', () => {
  /** Two hand-moved sources: the monotonic one stands still while the "device" sleeps. */
  function sources() {
    const time = { monotonic: 5000, wall: 1_700_000_000_000 };
    const clock = createSleepAwareClock(
      () => time.monotonic,
      () => time.wall,
    );
    return { time, clock };
  }

  it('runs with performance-style time while the device is awake', () => {
    const { time, clock } = sources();
    expect(clock.now()).toBe(5000);
    time.monotonic += 250;
    time.wall += 250;
    expect(clock.now()).toBe(5250);
  });

  it('counts a sleep the monotonic time missed, so what was due is overdue on waking', () => {
    const { time, clock } = sources();
    clock.now();
    // Two minutes asleep: performance.now() moved 3 ms, the wall clock two minutes.
    time.monotonic += 3;
    time.wall += 120_000;
    expect(clock.now()).toBe(5000 + 120_000);
    time.monotonic += 100;
    time.wall += 100;
    expect(clock.now()).toBe(5000 + 120_100);
  });

  it('takes small differences for drift, not sleep', () => {
    const { time, clock } = sources();
    clock.now();
    time.monotonic += 10_000;
    time.wall += 10_000 + SLEEP_GAP_MS - 1;
    expect(clock.now()).toBe(15_000);
  });

  it('never runs backwards when the wall clock is set back, and still sees a later sleep', () => {
    const { time, clock } = sources();
    clock.now();
    time.monotonic += 1000;
    time.wall -= 3_600_000;
    expect(clock.now()).toBe(6000);
    time.monotonic += 10;
    time.wall += 60_000;
    expect(clock.now()).toBe(6010 + 59_990);
  });

  it('reads performance.now() and Date.now() by default', () => {
    vi.useFakeTimers({ toFake: ['performance', 'Date'] });
    try {
      const clock = createSleepAwareClock();
      const start = clock.now();
      vi.advanceTimersByTime(400);
      expect(clock.now() - start).toBe(400);
    } finally {
      vi.useRealTimers();
    }
  });
});
