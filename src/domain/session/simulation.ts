// Test vocabulary for the session: a simulated clock and the two people, so a test reads like a session.
import type { DiscomfortLocation } from '../adaptation/discomfort';
import type { Rating } from '../adaptation/rating';
import type { CueId } from '../cues/catalogue';
import { defaultPlan, type Plan } from '../plan/plan';
import type { StopReason } from '../screening/stopReasons';
import type { Effect } from './effects';
import type { SessionEvent, UnstampedEvent } from './events';
import {
  createSession,
  nextWakeAt,
  phaseOf,
  type SessionPhase,
  type SessionSnapshot,
  step,
} from './step';

/** A step of the world: time passes (the scheduler ticking on time, or the device asleep), then an event. */
export interface Command {
  wait: number;
  asleep: boolean;
  event?: UnstampedEvent | undefined;
}

/** A plan and what happens during its session, as the property tests generate them. */
export interface Script {
  plan: Plan;
  commands: Command[];
}

export interface TraceEntry {
  at: number;
  phase: SessionPhase;
  event: SessionEvent['type'];
  effects: Effect[];
}

/** One session on a simulated clock; every step is recorded in `trace`. */
export class SimulatedSession {
  snapshot: SessionSnapshot;
  now = 0;
  readonly trace: TraceEntry[] = [];

  constructor(plan: Plan = defaultPlan(), mayStart = true) {
    this.snapshot = createSession(plan, mayStart);
  }

  get phase(): SessionPhase {
    return phaseOf(this.snapshot);
  }

  send(event: UnstampedEvent): Effect[] {
    const stamped = { ...event, at: this.now } as SessionEvent;
    const result = step(this.snapshot, stamped);
    this.snapshot = result.snapshot;
    this.trace.push({
      at: this.now,
      phase: this.phase,
      event: event.type,
      effects: result.effects,
    });
    return result.effects;
  }

  /** Moves the clock on and lets the scheduler wake the session at every due moment on the way. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const wake = nextWakeAt(this.snapshot);
      if (wake === null || wake > until) break;
      this.now = Math.max(this.now, wake);
      this.send({ type: 'TICK' });
    }
    this.now = until;
  }

  /** Lets the command's time pass, then sends its event (or the scheduler's tick). */
  perform(command: Command): Effect[] {
    if (command.asleep) this.now += command.wait;
    else this.advance(command.wait);
    return this.send(command.event ?? { type: 'TICK' });
  }

  /** The device slept: time passes with no wake-ups, then one late tick. */
  sleep(ms: number): Effect[] {
    this.now += ms;
    return this.send({ type: 'TICK' });
  }

  /** Runs the clock until the session leaves its current phase (or `limit` ms pass). */
  untilPhaseChanges(limit = 120_000): SessionPhase {
    const from = this.phase;
    return this.runUntil(() => this.phase !== from, limit);
  }

  /** Runs the clock until the session is in `phase` (or `limit` ms pass, or nothing is due). */
  untilPhase(phase: SessionPhase, limit = 120_000): SessionPhase {
    return this.runUntil(() => this.phase === phase, limit);
  }

  private runUntil(reached: () => boolean, limit: number): SessionPhase {
    const until = this.now + limit;
    while (!reached()) {
      const wake = nextWakeAt(this.snapshot);
      if (wake === null || wake > until) break;
      this.now = Math.max(this.now, wake);
      this.send({ type: 'TICK' });
    }
    return this.phase;
  }

  /** An independent copy at this moment (snapshots are immutable), to look ahead without touching this one. */
  fork(): SimulatedSession {
    const copy = new SimulatedSession();
    copy.snapshot = this.snapshot;
    copy.now = this.now;
    return copy;
  }

  start(): Effect[] {
    return this.send({ type: 'START', wallTime: '2026-11-26T09:00:00.000Z' });
  }

  cuesSince(index: number): CueId[] {
    return this.trace
      .slice(index)
      .flatMap((entry) => entry.effects)
      .flatMap((effect) => (effect.type === 'cue' ? [effect.cue] : []));
  }

  phaseChanges(): { at: number; phase: SessionPhase }[] {
    const changes: { at: number; phase: SessionPhase }[] = [];
    for (const entry of this.trace) {
      if (changes[changes.length - 1]?.phase !== entry.phase) {
        changes.push({ at: entry.at, phase: entry.phase });
      }
    }
    return changes;
  }
}

/** Starts a session on the script's plan and lives through its commands. */
export function play(script: Script, mayStart = true): SimulatedSession {
  const s = new SimulatedSession(script.plan, mayStart);
  s.start();
  for (const command of script.commands) s.perform(command);
  return s;
}

/** What the receiver does, in words. */
export const receiver = {
  confirm: (s: SimulatedSession) => s.send({ type: 'CONFIRM' }),
  easeOff: (s: SimulatedSession) => s.send({ type: 'EASE_OFF' }),
  pain: (s: SimulatedSession) => s.send({ type: 'PAIN' }),
  stop: (s: SimulatedSession) => s.send({ type: 'STOP' }),
  pause: (s: SimulatedSession) => s.send({ type: 'PAUSE' }),
  resume: (s: SimulatedSession) => s.send({ type: 'RESUME' }),
  rate: (s: SimulatedSession, rating: Rating, discomfort: DiscomfortLocation[] = []) =>
    s.send({ type: 'RATE', rating, discomfort }),
  /** Ticks a rating without sending it with Continue. */
  choose: (s: SimulatedSession, rating: Rating, discomfort: DiscomfortLocation[] = []) =>
    s.send({ type: 'CHOOSE_RATING', rating, discomfort }),
  explainStop: (s: SimulatedSession, reason: StopReason) => s.send({ type: 'STOP_REASON', reason }),
  carryOn: (s: SimulatedSession) => s.send({ type: 'CONTINUE' }),
  end: (s: SimulatedSession) => s.send({ type: 'END' }),
};
