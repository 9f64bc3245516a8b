// Random plans, receiver events and waits for property tests of the session: free-form sequences,
// and guided ones that follow a session into its pulls, so the safety properties meet Ramp and Hold.
import fc from 'fast-check';
import { DISCOMFORT_LOCATIONS } from '../adaptation/discomfort';
import { RATINGS } from '../adaptation/rating';
import { RAMP_CAP_MS, SECOND } from '../plan/bounds';
import { type Plan, TECHNIQUES } from '../plan/plan';
import { STOP_REASONS, sessionMayContinue } from '../screening/stopReasons';
import type { UnstampedEvent } from './events';
import { type Command, type Script, SimulatedSession } from './simulation';
import type { SessionPhase } from './step';

const rating = fc.record({
  type: fc.constantFrom('RATE' as const, 'CHOOSE_RATING' as const),
  rating: fc.constantFrom(...RATINGS),
  discomfort: fc.subarray([...DISCOMFORT_LOCATIONS]),
});

export const receiverEvent: fc.Arbitrary<UnstampedEvent> = fc.oneof(
  fc.constantFrom<UnstampedEvent>(
    { type: 'CONFIRM' },
    { type: 'EASE_OFF' },
    { type: 'PAIN' },
    { type: 'STOP' },
    { type: 'PAUSE' },
    { type: 'RESUME' },
    { type: 'CONTINUE' },
    { type: 'END' },
    { type: 'START', wallTime: '2026-11-26T09:00:00.000Z' },
  ),
  rating,
  fc.record({
    type: fc.constant('STOP_REASON' as const),
    reason: fc.constantFrom(...STOP_REASONS),
  }),
);

const shortWait = fc.integer({ min: 0, max: 3 * SECOND });

/** Short waits inside a phase mostly; now and then a phase's worth, or the device asleep for minutes. */
const anyWait = fc.oneof(
  { weight: 6, arbitrary: shortWait },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 * SECOND }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 15 * 60 * SECOND }) },
);

/** A free-form step: any wait, awake or asleep, any event or none. */
export const command: fc.Arbitrary<Command> = fc.record({
  wait: fc.oneof(
    shortWait,
    fc.integer({ min: 0, max: 40 * SECOND }),
    fc.integer({ min: 0, max: 15 * 60 * SECOND }),
  ),
  asleep: fc.boolean(),
  event: fc.option(receiverEvent, { nil: undefined, freq: 3 }),
});

/** Any plan, including values far outside the bounds, as an import or a tampered setting might hold. */
export const anyPlan: fc.Arbitrary<Plan> = fc.record({
  technique: fc.constantFrom(...TECHNIQUES),
  holdSeconds: fc.oneof(fc.integer({ min: 10, max: 30 }), fc.integer({ min: -100, max: 1000 })),
  holdMaxSeconds: fc.oneof(fc.integer({ min: 10, max: 30 }), fc.integer({ min: -100, max: 1000 })),
  releaseSeconds: fc.oneof(fc.integer({ min: 3, max: 10 }), fc.integer({ min: -10, max: 100 })),
  restSeconds: fc.oneof(fc.integer({ min: 10, max: 60 }), fc.integer({ min: -10, max: 600 })),
  totalMinutes: fc.oneof(fc.integer({ min: 5, max: 10 }), fc.integer({ min: -10, max: 120 })),
});

export const commands = fc.array(command, { minLength: 1, maxLength: 60 });

/** Fully random: any plan, any events at any times (most never get a pull confirmed). */
export const freeScript: fc.Arbitrary<Script> = fc.record({ plan: anyPlan, commands });

/**
 * What happens next in a guided session: a plain step, or `afterMs` into the next `phase` (waiting
 * on time until it begins), an event. Turned into timed commands by following the session itself.
 */
type Beat =
  | { kind: 'step'; command: Command }
  | { kind: 'inPhase'; phase: SessionPhase; afterMs: number; event: UnstampedEvent | undefined };

/** A few seconds into the ramp the receiver feels the gentle pull and says so; now and then not. */
const gentlePull: fc.Arbitrary<Beat> = fc.record({
  kind: fc.constant('inPhase' as const),
  phase: fc.constant<SessionPhase>('ramp'),
  afterMs: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 8 * SECOND }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: RAMP_CAP_MS - 1 }) },
  ),
  event: fc.option(
    fc.oneof(
      { weight: 4, arbitrary: fc.constant<UnstampedEvent>({ type: 'CONFIRM' }) },
      { weight: 1, arbitrary: fc.constant<UnstampedEvent>({ type: 'EASE_OFF' }) },
    ),
    { nil: undefined, freq: 8 },
  ),
});

/** Early in the rest the receiver rates the pull; painful now and then, which stops the cycle. */
const ratingInRest: fc.Arbitrary<Beat> = fc.record({
  kind: fc.constant('inPhase' as const),
  phase: fc.constant<SessionPhase>('rest'),
  afterMs: shortWait,
  event: fc.oneof(
    { weight: 6, arbitrary: rating.filter((r) => r.rating !== 'painful') },
    { weight: 1, arbitrary: rating },
  ),
});

/** Anything at all, mostly soon: Stop, pain, a pause, a rating, a late tick, a sleep… */
const anyStep: fc.Arbitrary<Beat> = fc
  .record({
    wait: anyWait,
    asleep: fc.oneof(
      { weight: 3, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
    ),
    event: fc.option(receiverEvent, { nil: undefined, freq: 3 }),
  })
  .map((command) => ({ kind: 'step', command }));

/** Seconds later, still within the pull: the scheduler's tick or a word that keeps it going. */
const quietStep: fc.Arbitrary<Beat> = fc
  .record({
    wait: shortWait,
    asleep: fc.constant(false),
    event: fc.option(
      fc.constantFrom<UnstampedEvent>(
        { type: 'CONFIRM' },
        { type: 'EASE_OFF' },
        { type: 'RESUME' },
      ),
      { nil: undefined, freq: 2 },
    ),
  })
  .map((command) => ({ kind: 'step', command }));

/** What cuts into a pull: Stop, pain or a pause seconds in, or the device asleep past its end. */
const disruption: fc.Arbitrary<Beat> = fc
  .oneof(
    fc.record({
      wait: fc.integer({ min: 0, max: 9 * SECOND }),
      asleep: fc.constant(false),
      event: fc.constantFrom<UnstampedEvent>({ type: 'STOP' }, { type: 'PAIN' }, { type: 'PAUSE' }),
    }),
    fc.record({
      wait: fc.integer({ min: 0, max: 15 * 60 * SECOND }),
      asleep: fc.constant(true),
      event: fc.option(receiverEvent, { nil: undefined }),
    }),
  )
  .map((command) => ({ kind: 'step', command }));

/** Soon after the stop check or the pause begins, the receiver answers and goes on at once. */
function answerIn(phase: SessionPhase, event: fc.Arbitrary<UnstampedEvent>): fc.Arbitrary<Beat> {
  return fc.record({
    kind: fc.constant('inPhase' as const),
    phase: fc.constant(phase),
    afterMs: fc.integer({ min: 0, max: SECOND }),
    event,
  });
}

const reasonToGoOn = fc.record({
  type: fc.constant('STOP_REASON' as const),
  reason: fc.constantFrom(...STOP_REASONS.filter(sessionMayContinue)),
});

/** Stop or pain cuts into the pull, a reason that lets the session go on, Carry on, the next pull. */
const carryOnAfterStop: fc.Arbitrary<Beat[]> = fc
  .tuple(
    fc.record({
      wait: fc.integer({ min: 0, max: 9 * SECOND }),
      asleep: fc.constant(false),
      event: fc.constantFrom<UnstampedEvent>({ type: 'STOP' }, { type: 'PAIN' }),
    }),
    answerIn('stopCheck', reasonToGoOn),
    answerIn('stopChoice', fc.constant<UnstampedEvent>({ type: 'CONTINUE' })),
    gentlePull,
    fc.array(quietStep, { maxLength: 2 }),
  )
  .map(([cut, reason, carryOn, pull, after]) => [
    { kind: 'step', command: cut },
    reason,
    carryOn,
    pull,
    ...after,
  ]);

/** A pause cuts into the pull, Resume as soon as the pull is released, then the next pull. */
const resumeAfterPause: fc.Arbitrary<Beat[]> = fc
  .tuple(
    fc.integer({ min: 0, max: 9 * SECOND }),
    answerIn('paused', fc.constant<UnstampedEvent>({ type: 'RESUME' })),
    gentlePull,
  )
  .map(([wait, resume, pull]) => [
    { kind: 'step', command: { wait, asleep: false, event: { type: 'PAUSE' } } },
    resume,
    pull,
  ]);

/** How the story goes on after the last pull begins: it stays on, it is cut into, or anything. */
const afterwards: fc.Arbitrary<Beat[]> = fc.oneof(
  { weight: 1, arbitrary: carryOnAfterStop },
  { weight: 1, arbitrary: resumeAfterPause },
  { weight: 2, arbitrary: fc.array(quietStep, { maxLength: 3 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(disruption, fc.array(anyStep, { maxLength: 4 }))
      .map(([cut, rest]) => [cut, ...rest]),
  },
  { weight: 1, arbitrary: fc.array(anyStep, { maxLength: 6 }) },
);

/** The next cycle: the last pull rated early in the rest (or not), then the next ramp's word. */
const anotherPull = fc
  .tuple(fc.option(ratingInRest, { nil: undefined, freq: 4 }), gentlePull)
  .map(([rated, pull]) => (rated ? [rated, pull] : [pull]));

/** How far ahead a beat waits for its phase; beyond it the session is over or stuck untimed. */
const LOOK_AHEAD_MS = 15 * 60 * SECOND;

/** How long from now until `afterMs` into the beat's phase (its next start, or now if already in it). */
function waitFor(s: SimulatedSession, beat: Extract<Beat, { kind: 'inPhase' }>): number {
  const ahead = s.fork();
  ahead.untilPhase(beat.phase, LOOK_AHEAD_MS);
  const begun = ahead.phase === beat.phase ? ahead.snapshot.context.phaseStartedAt : ahead.now;
  return Math.max(0, begun + beat.afterMs - s.now);
}

/** Times each beat by following the session as it plays, so a beat lands in the phase it names. */
function timed(plan: Plan, beats: Beat[]): Command[] {
  const s = new SimulatedSession(plan, true);
  s.start();
  return beats.map((beat) => {
    const command: Command =
      beat.kind === 'step'
        ? beat.command
        : { wait: waitFor(s, beat), asleep: false, event: beat.event };
    s.perform(command);
    return command;
  });
}

/** Start, count-in, ramp, the receiver's gentle-pull word, maybe more pulls, then what follows. */
export const guidedScript: fc.Arbitrary<Script> = fc
  .record({
    plan: anyPlan,
    first: gentlePull,
    later: fc.array(anotherPull, { maxLength: 3 }),
    ending: afterwards,
  })
  .map(({ plan, first, later, ending }) => ({
    plan,
    commands: timed(plan, [first, ...later.flat(), ...ending]),
  }));

/** Mostly guided sessions that reach Ramp and Hold, with fully random ones kept beside them. */
export const sessionScript: fc.Arbitrary<Script> = fc.oneof(
  { weight: 1, arbitrary: freeScript },
  { weight: 3, arbitrary: guidedScript },
);
