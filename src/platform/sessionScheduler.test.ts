// The scheduler on a simulated clock: sessions run on time, late wake-ups end in a release.
import { describe, expect, it } from 'vitest';
import { defaultPlan, type Plan } from '../domain/plan/plan';
import type { Effect } from '../domain/session/effects';
import {
  createSession,
  phaseOf,
  type SessionPhase,
  type SessionSnapshot,
  step,
} from '../domain/session/step';
import { createSleepAwareClock, FakeClock, type Timer } from './clock';
import { createSessionScheduler, type SessionScheduler } from './sessionScheduler';
import { FakeVisibility } from './visibility';

const WALL_TIME = '2026-03-01T09:00:00.000Z';

interface Recorded {
  at: number;
  phase: SessionPhase;
  effects: readonly Effect[];
}

function setUp(options: {
  plan?: Plan;
  timer?: Timer;
  snapshot?: SessionSnapshot;
  start?: number;
}) {
  const clock = new FakeClock(options.start ?? 10_000);
  const visibility = new FakeVisibility(true);
  const steps: Recorded[] = [];
  const scheduler = createSessionScheduler({
    snapshot: options.snapshot ?? createSession(options.plan ?? defaultPlan(), true),
    clock,
    timer: options.timer ?? clock,
    visibility,
    onStep: (snapshot, effects) =>
      steps.push({ at: clock.now(), phase: phaseOf(snapshot), effects }),
  });
  const phase = () => phaseOf(scheduler.snapshot());
  const cues = (from = 0) =>
    steps
      .slice(from)
      .flatMap((s) => s.effects)
      .flatMap((e) => (e.type === 'cue' ? [e.cue] : []));
  return { clock, visibility, steps, scheduler, phase, cues };
}

/** A timer frozen like a background tab's: it never fires. */
const frozenTimer: Timer = { setTimer: () => () => {} };

/** The receiver confirms each ramp after `after` ms and rates each pull once it is resting. */
function actLikeTheReceiver(scheduler: SessionScheduler, clock: FakeClock, after = 3000) {
  let lastPhase: SessionPhase = 'idle';
  return (snapshot: SessionSnapshot) => {
    const phase = phaseOf(snapshot);
    if (phase === lastPhase) return;
    lastPhase = phase;
    if (phase === 'ramp') {
      clock.setTimer(clock.now() + after, () => scheduler.send({ type: 'CONFIRM' }));
    }
    if (phase === 'rest') {
      clock.setTimer(clock.now() + 2000, () =>
        scheduler.send({ type: 'RATE', rating: 'justRight', discomfort: [] }),
      );
    }
  };
}

describe('createSessionScheduler', () => {
  it('runs a whole session to Done, each phase ending exactly at its deadline', () => {
    const clock = new FakeClock(10_000);
    const visibility = new FakeVisibility(true);
    const phases: SessionPhase[] = [];
    const cuesOnTime: boolean[] = [];
    const wakeLock: boolean[] = [];
    let receiver: ((snapshot: SessionSnapshot) => void) | undefined;
    const scheduler = createSessionScheduler({
      snapshot: createSession(defaultPlan(), true),
      clock,
      timer: clock,
      visibility,
      onStep(snapshot, effects) {
        if (phases[phases.length - 1] !== phaseOf(snapshot)) phases.push(phaseOf(snapshot));
        for (const effect of effects) {
          if (effect.type === 'cue') cuesOnTime.push(effect.scheduledAt === clock.now());
          if (effect.type === 'wakeLock') wakeLock.push(effect.on);
        }
        receiver?.(snapshot);
      },
    });
    receiver = actLikeTheReceiver(scheduler, clock);

    scheduler.start(WALL_TIME);
    clock.advance(15 * 60_000);

    const snapshot = scheduler.snapshot();
    expect(phaseOf(snapshot)).toBe('done');
    expect(phases.slice(0, 7)).toEqual([
      'getReady',
      'ramp',
      'hold',
      'release',
      'rest',
      'getReady',
      'ramp',
    ]);
    const { pulls, plan } = snapshot.context;
    expect(pulls.length).toBeGreaterThan(2);
    for (const pull of pulls) {
      expect(pull.lateByMs).toBe(0);
      expect((pull.releaseStartedAt ?? 0) - (pull.holdStartedAt ?? 0)).toBe(pull.targetHoldMs);
      expect((pull.releaseEndedAt ?? 0) - (pull.releaseStartedAt ?? 0)).toBe(
        plan.releaseSeconds * 1000,
      );
    }
    // Every cue, countdown numbers included, was emitted at the moment it was due.
    expect(cuesOnTime.length).toBeGreaterThan(20);
    expect(cuesOnTime.every(Boolean)).toBe(true);
    expect(wakeLock).toEqual([true, false]);
    // Nothing left to wake up for.
    expect(clock.pendingTimers()).toBe(0);
  });

  it('stamps each event with the clock time it was sent at', () => {
    const { clock, scheduler, phase } = setUp({});
    scheduler.start(WALL_TIME);
    clock.advance(5000);
    expect(phase()).toBe('ramp');
    clock.advance(1234);
    scheduler.send({ type: 'CONFIRM' });
    expect(phase()).toBe('hold');
    expect(scheduler.snapshot().context.pulls[0]?.holdStartedAt).toBe(clock.now());
  });

  it('resolves a hold overdue by a 5-minute clock jump to a release, never a longer hold', () => {
    const { clock, scheduler, phase, cues, steps } = setUp({
      plan: { ...defaultPlan(), totalMinutes: 10 },
    });
    scheduler.start(WALL_TIME);
    clock.advance(5000);
    scheduler.send({ type: 'CONFIRM' });
    expect(phase()).toBe('hold');
    const before = steps.length;

    clock.set(clock.now() + 5 * 60_000);

    expect(phase()).toBe('release');
    const pull = scheduler.snapshot().context.pulls[0];
    expect(pull?.releaseStartedAt).toBe(clock.now());
    expect(pull?.lateByMs).toBeGreaterThan(4 * 60_000);
    // The overdue countdown is not read out after the fact.
    expect(cues(before)).toEqual(['releaseStart']);
    clock.advance(5000);
    expect(phase()).toBe('rest');
  });

  it('ends the session through a release when the jump also used up the session time', () => {
    const { clock, scheduler, phase, cues, steps } = setUp({});
    scheduler.start(WALL_TIME);
    clock.advance(5000);
    scheduler.send({ type: 'CONFIRM' });
    const before = steps.length;

    clock.set(clock.now() + 5 * 60_000);

    expect(phase()).toBe('release');
    expect(cues(before)).toEqual(['timeUpRelease']);
    clock.advance(5000);
    expect(phase()).toBe('done');
  });

  it('catches up at once when the page becomes visible, even if its timer never fired', () => {
    const { clock, visibility, scheduler, phase } = setUp({ timer: frozenTimer });
    scheduler.start(WALL_TIME);
    clock.set(clock.now() + 5000);
    expect(phase()).toBe('getReady');
    visibility.set(false);
    visibility.set(true);
    expect(phase()).toBe('ramp');

    scheduler.send({ type: 'CONFIRM' });
    visibility.set(false);
    clock.set(clock.now() + 60_000);
    expect(phase()).toBe('hold');
    visibility.set(true);
    expect(phase()).toBe('release');
  });

  it('releases a hold after a phone slept through it, though performance time stood still', () => {
    // As on a phone: performance.now() does not move while the system sleeps; the wall clock does.
    const time = { monotonic: 10_000, wall: Date.parse(WALL_TIME) };
    const clock = createSleepAwareClock(
      () => time.monotonic,
      () => time.wall,
    );
    const visibility = new FakeVisibility(true);
    const scheduler = createSessionScheduler({
      snapshot: createSession(defaultPlan(), true),
      clock,
      timer: frozenTimer,
      visibility,
      onStep: () => {},
    });
    const pass = (ms: number) => {
      time.monotonic += ms;
      time.wall += ms;
    };
    scheduler.start(WALL_TIME);
    pass(5000);
    visibility.set(false);
    visibility.set(true);
    scheduler.send({ type: 'CONFIRM' });
    expect(phaseOf(scheduler.snapshot())).toBe('hold');
    pass(2000);
    visibility.set(false);
    time.wall += 120_000;
    visibility.set(true);
    expect(phaseOf(scheduler.snapshot())).toBe('release');
    expect(scheduler.snapshot().context.pulls[0]?.lateByMs).toBeGreaterThan(100_000);
  });

  it('does nothing when the page is hidden', () => {
    const { clock, visibility, scheduler, steps } = setUp({ timer: frozenTimer });
    scheduler.start(WALL_TIME);
    clock.set(clock.now() + 5000);
    const before = steps.length;
    visibility.set(false);
    expect(steps.length).toBe(before);
  });

  it('resumes the deadlines of a restored session', () => {
    let snapshot = createSession(defaultPlan(), true);
    snapshot = step(snapshot, { type: 'START', at: 0, wallTime: WALL_TIME }).snapshot;
    snapshot = step(snapshot, { type: 'TICK', at: 5000 }).snapshot;
    snapshot = step(snapshot, { type: 'CONFIRM', at: 6000 }).snapshot;
    expect(phaseOf(snapshot)).toBe('hold');

    // The app reopens two minutes later.
    const { clock, phase } = setUp({ snapshot, start: 126_000 });
    clock.advance(0);
    expect(phase()).toBe('release');
  });

  it('stops waking the session once disposed', () => {
    const { clock, scheduler, steps } = setUp({});
    scheduler.start(WALL_TIME);
    scheduler.dispose();
    const before = steps.length;
    clock.advance(60_000);
    scheduler.send({ type: 'STOP' });
    expect(steps.length).toBe(before);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('keeps time even when a listener throws', () => {
    const clock = new FakeClock(0);
    let calls = 0;
    const scheduler = createSessionScheduler({
      snapshot: createSession(defaultPlan(), true),
      clock,
      timer: clock,
      visibility: new FakeVisibility(true),
      onStep() {
        calls++;
        if (calls === 1) throw new Error('render failed');
      },
    });
    expect(() => scheduler.start(WALL_TIME)).toThrow('render failed');
    clock.advance(5000);
    expect(phaseOf(scheduler.snapshot())).toBe('ramp');
  });

  it('announces an event sent from inside a listener after the step that caused it', () => {
    const clock = new FakeClock(0);
    const announced: SessionPhase[] = [];
    const scheduler: SessionScheduler = createSessionScheduler({
      snapshot: createSession(defaultPlan(), true),
      clock,
      timer: clock,
      visibility: new FakeVisibility(true),
      onStep(snapshot) {
        announced.push(phaseOf(snapshot));
        if (phaseOf(snapshot) === 'ramp' && announced.length === 2) {
          scheduler.send({ type: 'STOP' });
        }
      },
    });
    scheduler.start(WALL_TIME);
    clock.advance(5000);
    expect(announced).toEqual(['getReady', 'ramp', 'release']);
    expect(scheduler.snapshot().context.pulls[0]?.releaseReason).toBe('stop');
  });
});
