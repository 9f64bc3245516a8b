// H11: the record is saved whenever a transition changes it (a phase, a rating, a stop and its
// reason, an ease-off, a pause, the end). Every transition of the machine has a case below, so a
// new transition without one fails here, and any that changes the record must ask to save it.
import { describe, expect, it } from 'vitest';
import { GET_READY_MS, MINUTE, SECOND } from '../plan/bounds';
import { defaultPlan, type Plan } from '../plan/plan';
import { buildRecord, type RecordDetails } from '../record/sessionRecord';
import type { UnstampedEvent } from './events';
import { sessionMachine } from './machine';
import { receiver, SimulatedSession } from './simulation';
import { nextWakeAt, type SessionPhase } from './step';

const plan: Plan = { ...defaultPlan(), holdSeconds: 15, holdMaxSeconds: 20, releaseSeconds: 5 };

const details: RecordDetails = {
  id: 'saving',
  screening: { outcome: 'clear', professionalConfirmedOn: null },
  stopSignal: { word: 'stop', physical: 'tap' },
  painBefore: 3,
  painAfter: null,
  notes: '',
};

function guardLabel(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function' && 'guards' in guard) {
    const inner = (guard.guards as unknown[]).map(guardLabel);
    // xstate's not() and and() are functions named for what they do.
    return guard.name === 'not' ? `not ${inner.join(' & ')}` : inner.join(' & ');
  }
  if (typeof guard === 'object' && guard !== null && 'type' in guard) {
    const params = 'params' in guard ? Object.values(guard.params as object) : [];
    return `${String(guard.type)}(${params.join(', ')})`;
  }
  return String(guard);
}

/** Every transition the machine defines, named "state EVENT [if guard] → target". */
function machineTransitions(): string[] {
  const nodes = [sessionMachine.root, ...Object.values(sessionMachine.root.states)];
  return nodes.flatMap((node) =>
    [...node.transitions].flatMap(([event, branches]) =>
      branches.map((branch) => {
        const guard = branch.guard === undefined ? '' : ` if ${guardLabel(branch.guard)}`;
        const target = branch.target?.map((t) => t.key).join(', ') ?? node.key;
        return `${node.key} ${event}${guard} → ${target}`;
      }),
    ),
  );
}

// Ways into each state; the clock is left where nothing is due, unless a case moves it.
const inGetReady = (s: SimulatedSession) => s.start();
const inRamp = (s: SimulatedSession) => {
  s.start();
  s.advance(GET_READY_MS + SECOND);
};
const inHold = (s: SimulatedSession) => {
  inRamp(s);
  s.advance(2 * SECOND);
  receiver.confirm(s);
  s.advance(SECOND);
};
const inRelease = (s: SimulatedSession) => {
  inHold(s);
  s.untilPhaseChanges();
  s.advance(SECOND / 2);
};
const inRest = (s: SimulatedSession) => {
  inHold(s);
  s.untilPhase('rest');
  s.advance(SECOND);
};
const inRestPainfulTicked = (s: SimulatedSession) => {
  inRest(s);
  receiver.choose(s, 'painful');
};
const inPaused = (s: SimulatedSession) => {
  inRest(s);
  receiver.pause(s);
};
const inStopCheck = (s: SimulatedSession) => {
  inRest(s);
  receiver.stop(s);
};
const inStopChoice = (s: SimulatedSession) => {
  inStopCheck(s);
  receiver.explainStop(s, 'wantedToStop');
};
/** A hold the device slept through until most of the session had gone: its release follows. */
const releasingLate = (s: SimulatedSession) => {
  inHold(s);
  s.sleep(4 * MINUTE + 30 * SECOND);
};
const afterReleaseOf = (lead: (s: SimulatedSession) => void) => (s: SimulatedSession) => {
  lead(s);
  s.untilPhaseChanges();
};
const late = (into: (s: SimulatedSession) => void) => (s: SimulatedSession) => {
  into(s);
  s.now += 5 * MINUTE;
};
const atDeadline = (into: (s: SimulatedSession) => void) => (s: SimulatedSession) => {
  into(s);
  s.now = s.snapshot.context.deadline;
};
const atNextCue = (into: (s: SimulatedSession) => void) => (s: SimulatedSession) => {
  into(s);
  s.now = nextWakeAt(s.snapshot) ?? s.now;
};

interface Case {
  reach: (s: SimulatedSession) => void;
  event: UnstampedEvent;
  /** Where the guards of one event share a target: that this case took the branch it names. */
  took?: (s: SimulatedSession) => void;
}

const TICK: UnstampedEvent = { type: 'TICK' };
const START: UnstampedEvent = { type: 'START', wallTime: '2026-11-27T09:00:00.000Z' };
const stop: UnstampedEvent = { type: 'STOP' };
const pain: UnstampedEvent = { type: 'PAIN' };
const pause: UnstampedEvent = { type: 'PAUSE' };
const releaseReason = (reason: string) => (s: SimulatedSession) =>
  expect(s.snapshot.context.pulls.at(-1)?.releaseReason).toBe(reason);
const endedAs = (end: string) => (s: SimulatedSession) => expect(s.snapshot.context.end).toBe(end);

const CASES: Record<string, Case> = {
  'session TICK → session': { reach: inPaused, event: TICK },
  'idle START if mayStart → getReady': { reach: () => {}, event: START },
  'getReady TICK if deadlinePassed & timeForThisPull → ramp': {
    reach: atDeadline(inGetReady),
    event: TICK,
  },
  'getReady TICK if deadlinePassed → done': { reach: late(inGetReady), event: TICK },
  'getReady TICK → getReady': { reach: inGetReady, event: TICK },
  'getReady STOP → stopCheck': { reach: inGetReady, event: stop },
  'getReady PAIN → stopCheck': { reach: inGetReady, event: pain },
  'getReady PAUSE → paused': { reach: inGetReady, event: pause },
  'ramp TICK if timeUp → release': {
    reach: late(inRamp),
    event: TICK,
    took: releaseReason('timeUp'),
  },
  'ramp TICK if deadlinePassed → release': {
    reach: atDeadline(inRamp),
    event: TICK,
    took: releaseReason('rampCap'),
  },
  // The prompt to the receiver is logged in the pull.
  'ramp TICK → ramp': { reach: atNextCue(inRamp), event: TICK },
  'ramp CONFIRM → hold': { reach: inRamp, event: { type: 'CONFIRM' } },
  'ramp EASE_OFF → hold': { reach: inRamp, event: { type: 'EASE_OFF' } },
  'ramp STOP → release': { reach: inRamp, event: stop },
  'ramp PAIN → release': { reach: inRamp, event: pain },
  'ramp PAUSE → release': { reach: inRamp, event: pause },
  'hold TICK if timeUp → release': {
    reach: late(inHold),
    event: TICK,
    took: releaseReason('timeUp'),
  },
  'hold TICK if deadlinePassed → release': {
    reach: atDeadline(inHold),
    event: TICK,
    took: releaseReason('holdComplete'),
  },
  'hold TICK → hold': { reach: atNextCue(inHold), event: TICK },
  'hold EASE_OFF → hold': { reach: inHold, event: { type: 'EASE_OFF' } },
  'hold STOP → release': { reach: inHold, event: stop },
  'hold PAIN → release': { reach: inHold, event: pain },
  'hold PAUSE → release': { reach: inHold, event: pause },
  'release TICK if releaseOver(stopCheck) → stopCheck': {
    reach: atDeadline((s) => {
      inHold(s);
      receiver.stop(s);
    }),
    event: TICK,
  },
  'release TICK if releaseOver(paused) → paused': {
    reach: atDeadline((s) => {
      inHold(s);
      receiver.pause(s);
    }),
    event: TICK,
  },
  'release TICK if releaseOver(done) → done': {
    reach: atDeadline((s) => {
      inHold(s);
      s.sleep(5 * MINUTE);
    }),
    event: TICK,
  },
  'release TICK if releaseOver(rest) → rest': { reach: atDeadline(inRelease), event: TICK },
  'release TICK → release': { reach: atNextCue(inRelease), event: TICK },
  'release STOP → release': { reach: inRelease, event: stop },
  'release PAIN → release': { reach: inRelease, event: pain },
  'release PAUSE if not releaseLeadsToStopCheck → release': { reach: inRelease, event: pause },
  'rest TICK if deadlinePassed & timeForAnotherPull → getReady': {
    reach: atDeadline(inRest),
    event: TICK,
  },
  'rest TICK if deadlinePassed → done': {
    reach: atDeadline(afterReleaseOf(releasingLate)),
    event: TICK,
  },
  'rest TICK if deadlinePassed & painfulChosen → stopCheck': {
    reach: atDeadline(inRestPainfulTicked),
    event: TICK,
    took: (s) => expect(s.snapshot.context.stops.at(-1)?.trigger).toBe('painfulRating'),
  },
  'rest TICK → rest': { reach: inRest, event: TICK },
  // Only ticked: nothing of the record changes until the rest ends or Continue sends it.
  'rest CHOOSE_RATING → rest': {
    reach: inRest,
    event: { type: 'CHOOSE_RATING', rating: 'tooStrong', discomfort: ['knees'] },
  },
  'rest RATE if painfulRating → stopCheck': {
    reach: inRest,
    event: { type: 'RATE', rating: 'painful', discomfort: ['hips'] },
  },
  'rest RATE → rest': {
    reach: inRest,
    event: { type: 'RATE', rating: 'justRight', discomfort: [] },
  },
  'rest STOP → stopCheck': { reach: inRest, event: stop },
  'rest PAIN → stopCheck': { reach: inRest, event: pain },
  'rest PAUSE if painfulChosen → stopCheck': { reach: inRestPainfulTicked, event: pause },
  'rest PAUSE → paused': { reach: inRest, event: pause },
  'paused RESUME if timeForAnotherPull → getReady': { reach: inPaused, event: { type: 'RESUME' } },
  'paused RESUME → done': {
    reach: afterReleaseOf((s) => {
      releasingLate(s);
      receiver.pause(s);
    }),
    event: { type: 'RESUME' },
  },
  'paused STOP → stopCheck': { reach: inPaused, event: stop },
  'paused PAIN → stopCheck': { reach: inPaused, event: pain },
  'paused END → done': { reach: inPaused, event: { type: 'END' } },
  'stopCheck STOP_REASON if stopReasonIs(urgent) → ended': {
    reach: inStopCheck,
    event: { type: 'STOP_REASON', reason: 'urgentSign' },
    took: endedAs('urgent'),
  },
  'stopCheck STOP_REASON if stopReasonIs(redFlag) → ended': {
    reach: inStopCheck,
    event: { type: 'STOP_REASON', reason: 'numbness' },
    took: endedAs('redFlag'),
  },
  'stopCheck STOP_REASON if nextPullGentler → stopChoice': {
    reach: inStopCheck,
    event: { type: 'STOP_REASON', reason: 'discomfort' },
    took: (s) => expect(s.snapshot.context.nextForceChange).toBe('less'),
  },
  // The pull is already released: nothing changes, but the press is answered with its cue.
  'stopCheck STOP → stopCheck': { reach: inStopCheck, event: stop },
  'stopCheck STOP_REASON → stopChoice': {
    reach: inStopCheck,
    event: { type: 'STOP_REASON', reason: 'wantedToStop' },
    took: (s) => expect(s.snapshot.context.nextForceChange).toBeNull(),
  },
  'stopChoice CONTINUE if timeForAnotherPull → getReady': {
    reach: inStopChoice,
    event: { type: 'CONTINUE' },
  },
  'stopChoice CONTINUE → done': {
    reach: (s) => {
      releasingLate(s);
      receiver.stop(s);
      s.untilPhaseChanges();
      receiver.explainStop(s, 'finished');
    },
    event: { type: 'CONTINUE' },
  },
  'stopChoice END → done': { reach: inStopChoice, event: { type: 'END' } },
  'stopChoice STOP → stopChoice': { reach: inStopChoice, event: stop },
};

/** The record as it would be saved now. */
function savedForm(s: SimulatedSession): string {
  return JSON.stringify(buildRecord(s.snapshot.context, details, s.now));
}

function parts(name: string): { from: string; to: string } {
  const [left = '', to = ''] = name.split(' → ');
  return { from: left.split(' ')[0] ?? '', to };
}

describe('saving the record (H11)', () => {
  it('has a case for every transition of the session machine, and none for a missing one', () => {
    expect(Object.keys(CASES).sort()).toEqual(machineTransitions().sort());
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: saved if it changes the phase or the record`, () => {
      const { from, to } = parts(name);
      const s = new SimulatedSession(plan);
      c.reach(s);
      const phase = s.phase;
      if (from !== 'session') expect(phase).toBe(from);
      const before = savedForm(s);
      const effects = s.send(c.event);
      expect(s.phase).toBe(from === 'session' ? phase : (to as SessionPhase));
      c.took?.(s);
      const changed = s.phase !== phase || savedForm(s) !== before;
      if (changed) expect(effects).toContainEqual({ type: 'persist' });
    });
  }

  it('the cases change the record where the words say so', () => {
    const changes = (name: string) => {
      const c = CASES[name];
      if (!c) throw new Error(`no case ${name}`);
      const s = new SimulatedSession(plan);
      c.reach(s);
      const before = savedForm(s);
      s.send(c.event);
      return savedForm(s) !== before;
    };
    expect(changes('hold EASE_OFF → hold')).toBe(true);
    expect(changes('release STOP → release')).toBe(true);
    expect(changes('stopCheck STOP_REASON → stopChoice')).toBe(true);
    expect(changes('ramp TICK → ramp')).toBe(true);
    expect(changes('release PAUSE if not releaseLeadsToStopCheck → release')).toBe(false);
    expect(changes('stopCheck STOP → stopCheck')).toBe(false);
    expect(changes('stopChoice STOP → stopChoice')).toBe(false);
  });
});
