// Property tests of SAFETY.md's invariants over random event-and-time sequences (H1, H3, H5, H6, H8,
// section 2's gentler pull after pain, and the shortest rest between pulls).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPullGentlerAfter } from '../adaptation/afterStop';
import {
  ABSOLUTE_HOLD_MAX_MS,
  ABSOLUTE_SESSION_MAX_MS,
  HOLD_STEP_SECONDS,
  PLAN_BOUNDS,
  RAMP_CAP_MS,
  SECOND,
} from '../plan/bounds';
import { screeningVerdict } from '../screening';
import { expectedGate, screeningCase, screeningInput } from '../screening/arbitraries';
import { receiverEvent, sessionScript } from './arbitraries';
import type { SessionEvent } from './events';
import { play, type Script, SimulatedSession } from './simulation';
import { type SessionPhase, step } from './step';
import { activeMsAt, MIN_REST_MS, totalMs } from './timing';

const RUNS = { numRuns: 1000 };
// 1,000 sequences take a second or two alone; leave room for a loaded two-core machine.
const TIMEOUT_MS = 120_000;

interface Stretch {
  phase: SessionPhase;
  from: number;
  to: number | null;
  next: SessionPhase | null;
}

/** The phases the session went through, each with when it began and ended. */
function stretches(s: SimulatedSession): Stretch[] {
  const changes = s.phaseChanges();
  return changes.map((c, i) => ({
    phase: c.phase,
    from: c.at,
    to: changes[i + 1]?.at ?? null,
    next: changes[i + 1]?.phase ?? null,
  }));
}

describe('safety properties (1,000 random sequences each)', () => {
  it(
    'H1: never a pull while screening forbids it',
    () => {
      fc.assert(
        fc.property(screeningCase, sessionScript, (screening, script) => {
          const verdict = screeningVerdict(screeningInput(screening));
          // Worked out from the question table, not from what the verdict said.
          const expected = expectedGate(screening);
          const plan = { ...script.plan, technique: screening.technique };
          const s = play({ ...script, plan }, verdict.mayStart);
          if (!expected.mayStart) {
            expect(
              s.trace.every((e) => e.phase === 'idle'),
              `a pull despite ${expected.reason}`,
            ).toBe(true);
          }
          expect(verdict.mayStart, `the gate when ${expected.reason}`).toBe(expected.mayStart);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'H3: every exit from Ramp or Hold passes through a Release of at least the release time',
    () => {
      fc.assert(
        fc.property(sessionScript, (script) => {
          const s = play(script);
          const releaseMs = s.snapshot.context.plan.releaseSeconds * SECOND;
          for (const stretch of stretches(s)) {
            if ((stretch.phase === 'ramp' || stretch.phase === 'hold') && stretch.next !== null) {
              expect(['hold', 'release']).toContain(stretch.next);
              if (stretch.phase === 'hold') expect(stretch.next).toBe('release');
            }
            if (stretch.phase === 'release' && stretch.to !== null) {
              expect(stretch.to - stretch.from).toBeGreaterThanOrEqual(releaseMs);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'H5: no hold over 30 s and no ramp beyond its cap, whatever the plan or timing',
    () => {
      fc.assert(
        fc.property(sessionScript, (script) => {
          const s = play(script);
          let phaseStart = 0;
          let previous: SessionPhase = 'idle';
          for (const entry of s.trace) {
            if (entry.phase !== previous) phaseStart = entry.at;
            previous = entry.phase;
            // The session never believes a pull is still on past its cap.
            if (entry.phase === 'hold')
              expect(entry.at - phaseStart).toBeLessThan(ABSOLUTE_HOLD_MAX_MS);
            if (entry.phase === 'ramp') expect(entry.at - phaseStart).toBeLessThan(RAMP_CAP_MS);
          }
          for (const pull of s.snapshot.context.pulls) {
            expect(pull.targetHoldMs).toBeLessThanOrEqual(ABSOLUTE_HOLD_MAX_MS);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'H6: no session beyond 10 minutes of session time',
    () => {
      fc.assert(
        fc.property(sessionScript, (script) => {
          const s = new SimulatedSession(script.plan, true);
          s.start();
          const limit = totalMs(s.snapshot.context.plan);
          expect(limit).toBeLessThanOrEqual(ABSOLUTE_SESSION_MAX_MS);
          for (const c of script.commands) {
            s.perform(c);
            const phase = s.phase;
            if (phase === 'getReady' || phase === 'ramp' || phase === 'hold') {
              expect(activeMsAt(s.snapshot.context, s.now)).toBeLessThan(limit);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'H6: on time (no sleep), every session that ends by itself ends within its planned total',
    () => {
      fc.assert(
        fc.property(sessionScript, (script) => {
          const onTime: Script = {
            plan: script.plan,
            commands: script.commands.map((c) => ({ ...c, asleep: false })),
          };
          const s = play(onTime);
          s.advance(ABSOLUTE_SESSION_MAX_MS * 2);
          if (s.snapshot.context.end === 'completed') {
            expect(s.snapshot.context.activeBeforeMs).toBeLessThanOrEqual(
              totalMs(s.snapshot.context.plan),
            );
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'Bounds: no ramp begins sooner than the shortest rest after the last release ended (Resume and Carry on too)',
    () => {
      fc.assert(
        fc.property(sessionScript, (script) => {
          const s = play(script);
          let releaseEnded: number | null = null;
          for (const stretch of stretches(s)) {
            if (stretch.phase === 'release') releaseEnded = stretch.to;
            if (stretch.phase === 'ramp' && releaseEnded !== null) {
              expect(stretch.from - releaseEnded).toBeGreaterThanOrEqual(MIN_REST_MS);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'SAFETY §2: after a stop for pain or discomfort, Carry on tells the partner "lean back a little less" before the next pull, and its hold is shorter where it can be',
    () => {
      const shortest = PLAN_BOUNDS.holdSeconds.min * SECOND;
      fc.assert(
        fc.property(sessionScript, (script) => {
          const s = new SimulatedSession(script.plan, true);
          s.start();
          for (const c of script.commands) {
            const before = s.snapshot.context;
            const from = s.phase;
            const effects = s.perform(c);
            const stop = before.stops.at(-1);
            const carriedOn = from === 'stopChoice' && s.phase === 'getReady';
            if (!carriedOn || !stop) continue;
            const cues = effects.flatMap((e) => (e.type === 'cue' ? [e.cue] : []));
            if (!nextPullGentlerAfter(stop)) {
              expect(cues).not.toContain('nextPullLess');
              continue;
            }
            expect(cues).toEqual(['nextPullLess', 'getReady']);
            const stopped = before.pulls.at(-1);
            if (stopped) {
              const gentler = Math.max(shortest, stopped.targetHoldMs - HOLD_STEP_SECONDS * SECOND);
              expect(s.snapshot.context.nextHoldMs).toBeLessThanOrEqual(gentler);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'H8: a clock jump (device asleep) never extends a hold: it resolves to Release',
    () => {
      fc.assert(
        fc.property(
          sessionScript,
          fc.integer({ min: 31 * SECOND, max: 60 * 60 * SECOND }),
          (script, jump) => {
            const s = play(script);
            if (s.phase !== 'hold' && s.phase !== 'ramp') return;
            s.sleep(jump);
            expect(s.phase).toBe('release');
            const releaseStart = s.now;
            s.untilPhaseChanges();
            expect(s.now - releaseStart).toBe(s.snapshot.context.plan.releaseSeconds * SECOND);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'H8: an event arriving after a missed deadline is handled after the overdue phase resolves',
    () => {
      fc.assert(
        fc.property(sessionScript, receiverEvent, (script, event) => {
          const s = play(script);
          if (s.phase !== 'hold') return;
          const late = s.snapshot.context.deadline + 1;
          const next = step(s.snapshot, { ...event, at: late } as SessionEvent).snapshot;
          expect(next.value).not.toBe('hold');
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
