// The session generators must keep leading the safety properties into Ramp and Hold: measured shares
// over a fixed sample, so a change that starves the properties of pulls fails here, not silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freeScript, guidedScript, sessionScript } from './arbitraries';
import { play, type Script } from './simulation';

const SAMPLE = { numRuns: 1000, seed: 20261127 };

const CUT_SHORT = new Set(['stop', 'pain', 'pause']);

/** Whether the session went back to Get ready on `event` and then began a ramp. */
function wentOnIntoRamp(s: ReturnType<typeof play>, event: 'CONTINUE' | 'RESUME'): boolean {
  const at = s.trace.findIndex((e) => e.event === event && e.phase === 'getReady');
  return at >= 0 && s.trace.slice(at).some((e) => e.phase === 'ramp');
}

/** What one played script got to: the situations the safety properties need to meet. */
const REACHED = {
  /** H3, H5: a hold happened, so its exit and length are checked. */
  hold: (s) => s.phaseChanges().some((c) => c.phase === 'hold'),
  /** H8 clock jump: the session is in a pull when the device sleeps. */
  endsInRampOrHold: (s) => s.phase === 'ramp' || s.phase === 'hold',
  /** H8 late event: the session is in a hold when an event comes after its deadline. */
  endsInHold: (s) => s.phase === 'hold',
  /** H3: Stop, pain, a pause or a late tick cut into a ramp or a hold. */
  pullCutInto: (s) =>
    s.snapshot.context.pulls.some(
      (p) => CUT_SHORT.has(p.releaseReason ?? '') || (p.releaseReason !== null && p.lateByMs > 0),
    ),
  /** Adaptation and the session total: more than one confirmed pull. */
  secondHold: (s) => s.snapshot.context.pulls.filter((p) => p.confirmed).length >= 2,
  /** The shortest rest and a gentler next pull: Carry on after a stop, then another ramp. */
  carriedOnIntoRamp: (s) => wentOnIntoRamp(s, 'CONTINUE'),
  /** The shortest rest: Resume after a pause, then another ramp. */
  resumedIntoRamp: (s) => wentOnIntoRamp(s, 'RESUME'),
  /** The free-form side kept in the mix: sessions that wander off before any hold. */
  neverHolds: (s) => !s.phaseChanges().some((c) => c.phase === 'hold'),
  /** The free-form side: sessions that reach their end (done or ended). */
  ends: (s) => s.snapshot.status === 'done',
} satisfies Record<string, (s: ReturnType<typeof play>) => boolean>;

type Situation = keyof typeof REACHED;

function shares(scripts: fc.Arbitrary<Script>): Record<Situation, number> {
  const sessions = fc.sample(scripts, SAMPLE).map((script) => play(script));
  const entries = Object.entries(REACHED).map(([name, reached]) => [
    name,
    sessions.filter(reached).length / sessions.length,
  ]);
  return Object.fromEntries(entries) as Record<Situation, number>;
}

// Minimums sit a little under what the fixed sample measures, so only a real loss fails.
const MINIMUMS: [string, fc.Arbitrary<Script>, Partial<Record<Situation, number>>][] = [
  [
    'the mix the safety properties run',
    sessionScript,
    {
      hold: 0.6,
      endsInRampOrHold: 0.3,
      endsInHold: 0.25,
      pullCutInto: 0.3,
      secondHold: 0.4,
      carriedOnIntoRamp: 0.07,
      resumedIntoRamp: 0.08,
      neverHolds: 0.15,
    },
  ],
  [
    'guided sessions',
    guidedScript,
    {
      hold: 0.9,
      endsInRampOrHold: 0.4,
      endsInHold: 0.35,
      pullCutInto: 0.3,
      secondHold: 0.55,
      carriedOnIntoRamp: 0.1,
      resumedIntoRamp: 0.1,
    },
  ],
  ['free-form sessions', freeScript, { pullCutInto: 0.2, ends: 0.45 }],
];

describe('how often generated sessions meet what the safety properties check (1,000 each)', () => {
  for (const [name, scripts, minimums] of MINIMUMS) {
    it(name, () => {
      const measured = shares(scripts);
      for (const [situation, minimum] of Object.entries(minimums)) {
        expect
          .soft(measured[situation as Situation], `${name}: share that ${situation}`)
          .toBeGreaterThanOrEqual(minimum);
      }
    });
  }
});
