import { describe, expect, it } from 'vitest';
import {
  ABSOLUTE_HOLD_MAX_MS,
  GET_READY_MS,
  RAMP_CAP_MS,
  RAMP_PROMPT_MS,
  SECOND,
} from '../plan/bounds';
import { defaultPlan, type Plan } from '../plan/plan';
import type { StopReason } from '../screening/stopReasons';
import { receiver, SimulatedSession } from './simulation';
import { MIN_REST_MS } from './timing';

const plan: Plan = { ...defaultPlan(), holdSeconds: 15, holdMaxSeconds: 20, releaseSeconds: 5 };

function inHold(p: Plan = plan): SimulatedSession {
  const s = new SimulatedSession(p);
  s.start();
  s.advance(GET_READY_MS);
  s.advance(3 * SECOND);
  receiver.confirm(s);
  return s;
}

describe('starting', () => {
  it('refuses to start while screening forbids it', () => {
    const s = new SimulatedSession(plan, false);
    expect(s.start()).toEqual([]);
    expect(s.phase).toBe('idle');
    s.advance(60 * SECOND);
    expect(s.phase).toBe('idle');
  });

  it('starts with the screen kept awake, counts in, then asks the partner to lean back slowly', () => {
    const s = new SimulatedSession(plan);
    const effects = s.start();
    expect(effects).toContainEqual({ type: 'wakeLock', on: true });
    expect(s.phase).toBe('getReady');
    expect(s.cuesSince(0)).toEqual(['getReady']);
    s.advance(GET_READY_MS - 1);
    expect(s.phase).toBe('getReady');
    s.advance(1);
    expect(s.phase).toBe('ramp');
    expect(s.cuesSince(0)).toEqual(['getReady', 'rampStart']);
  });
});

describe('ramp', () => {
  it('prompts the receiver, then ends an unconfirmed ramp at its cap in a release, never a hold', () => {
    const s = new SimulatedSession(plan);
    s.start();
    s.advance(GET_READY_MS);
    const mark = s.trace.length;
    s.advance(RAMP_PROMPT_MS);
    expect(s.cuesSince(mark)).toEqual(['rampPrompt']);
    s.advance(RAMP_CAP_MS - RAMP_PROMPT_MS - 1);
    expect(s.phase).toBe('ramp');
    s.advance(1);
    expect(s.phase).toBe('release');
    expect(s.cuesSince(mark)).toContain('rampCapRelease');
    expect(s.untilPhaseChanges()).toBe('rest');
    expect(s.phaseChanges().map((c) => c.phase)).not.toContain('hold');
  });

  it('holds where the receiver confirms a gentle pull', () => {
    const s = inHold();
    expect(s.phase).toBe('hold');
    expect(s.snapshot.context.pulls[0]?.confirmed).toBe(true);
  });

  it('a confirmation that arrives after the cap does not start a hold', () => {
    const s = new SimulatedSession(plan);
    s.start();
    s.advance(GET_READY_MS);
    s.now += RAMP_CAP_MS + 500; // the scheduler was late; the tap comes after the cap
    receiver.confirm(s);
    expect(s.phase).toBe('release');
  });

  it('ease off during the ramp settles into a hold', () => {
    const s = new SimulatedSession(plan);
    s.start();
    s.advance(GET_READY_MS + 2 * SECOND);
    const effects = receiver.easeOff(s);
    expect(s.phase).toBe('hold');
    expect(effects.flatMap((e) => (e.type === 'cue' ? [e.cue] : []))).toContain('easeOff');
  });
});

describe('hold and release', () => {
  it('holds for the target, counts the last three seconds, then releases slowly, counted', () => {
    const s = inHold();
    const start = s.now;
    const mark = s.trace.length;
    expect(s.untilPhaseChanges()).toBe('release');
    expect(s.now - start).toBe(15 * SECOND);
    expect(s.cuesSince(mark)).toEqual(['count3', 'count2', 'count1', 'releaseStart']);
    const releaseStart = s.now;
    const releaseMark = s.trace.length;
    expect(s.untilPhaseChanges()).toBe('rest');
    expect(s.now - releaseStart).toBe(5 * SECOND);
    expect(s.cuesSince(releaseMark)).toEqual(['count4', 'count3', 'count2', 'count1', 'restStart']);
  });

  it('never holds longer than 30 s, whatever the plan says', () => {
    const wild = { ...plan, holdSeconds: 90, holdMaxSeconds: 120 } as Plan;
    const s = inHold(wild);
    const start = s.now;
    s.untilPhaseChanges();
    expect(s.now - start).toBe(ABSOLUTE_HOLD_MAX_MS);
  });

  it('ease off during a hold keeps the hold, says so, and makes the next pull gentler', () => {
    const s = inHold();
    const deadline = s.snapshot.context.deadline;
    const effects = receiver.easeOff(s);
    expect(s.phase).toBe('hold');
    expect(s.snapshot.context.deadline).toBe(deadline);
    expect(effects).toContainEqual(expect.objectContaining({ cue: 'easeOff' }));
    expect(s.snapshot.context.nextHoldMs).toBe(10 * SECOND);
  });

  it('saves the record at every phase change', () => {
    const s = inHold();
    s.advance(60 * SECOND);
    const phaseChanges = s.trace.filter((e, i) => i > 0 && s.trace[i - 1]?.phase !== e.phase);
    for (const change of phaseChanges) {
      expect(change.effects).toContainEqual({ type: 'persist' });
    }
    expect(phaseChanges.length).toBeGreaterThanOrEqual(3);
  });
});

describe('stop, pain and pause', () => {
  it('Stop during a hold: safety cue, a full slow release, then "why did you stop?"', () => {
    const s = inHold();
    s.advance(4 * SECOND);
    const effects = receiver.stop(s);
    expect(s.phase).toBe('release');
    expect(effects).toContainEqual(
      expect.objectContaining({ type: 'cue', cue: 'stopRelease', priority: 'safety' }),
    );
    const releaseStart = s.now;
    expect(s.untilPhaseChanges()).toBe('stopCheck');
    expect(s.now - releaseStart).toBe(5 * SECOND);
  });

  it('pressing Stop again during the release does not cut the release short', () => {
    const s = inHold();
    receiver.stop(s);
    const releaseStart = s.now;
    s.advance(SECOND);
    // The second press is told "Stop — release slowly" again: a Stop is never met with silence.
    expect(receiver.stop(s)).toContainEqual(
      expect.objectContaining({ type: 'cue', cue: 'stopRelease', priority: 'safety' }),
    );
    expect(s.phase).toBe('release');
    expect(s.untilPhaseChanges()).toBe('stopCheck');
    expect(s.now - releaseStart).toBe(5 * SECOND);
    expect(s.snapshot.context.stops).toHaveLength(1);
  });

  it('a press during a release is answered with its cue, and the release runs on unchanged', () => {
    const presses = [
      ['STOP', receiver.stop, 'stopRelease', 'stopCheck'],
      ['PAIN', receiver.pain, 'painRelease', 'stopCheck'],
      ['PAUSE', receiver.pause, 'pauseRelease', 'paused'],
    ] as const;
    for (const [name, press, cue, after] of presses) {
      const s = inHold();
      s.untilPhaseChanges();
      const releaseStart = s.now;
      s.advance(2 * SECOND);
      const effects = press(s);
      expect(effects, name).toContainEqual({
        type: 'cue',
        cue,
        priority: 'safety',
        scheduledAt: s.now,
      });
      expect(s.phase, name).toBe('release');
      expect(s.untilPhaseChanges(), name).toBe(after);
      expect(s.now - releaseStart, name).toBe(5 * SECOND);
    }
  });

  it('Pause during the release after a Stop says nothing over the Stop cue and changes nothing', () => {
    const s = inHold();
    receiver.stop(s);
    s.advance(SECOND);
    expect(s.snapshot.can({ type: 'PAUSE', at: s.now })).toBe(false);
    expect(receiver.pause(s)).toEqual([]);
    expect(s.untilPhaseChanges()).toBe('stopCheck');
  });

  it('Stop during a natural release leads to the stop check once the release is done', () => {
    const s = inHold();
    s.untilPhaseChanges();
    s.advance(SECOND);
    receiver.stop(s);
    expect(s.phase).toBe('release');
    expect(s.untilPhaseChanges()).toBe('stopCheck');
  });

  it('Stop during rest goes straight to the stop check: nothing to release', () => {
    const s = inHold();
    s.untilPhaseChanges();
    s.untilPhaseChanges();
    expect(s.phase).toBe('rest');
    receiver.stop(s);
    expect(s.phase).toBe('stopCheck');
  });

  it('after "just wanted to stop" the receiver may carry on or end', () => {
    const s = inHold();
    receiver.stop(s);
    s.untilPhaseChanges();
    const asked = s.trace.length;
    receiver.explainStop(s, 'wantedToStop');
    expect(s.phase).toBe('stopChoice');
    // The partner hears the question, rather than "why did you stop?" standing as the last words.
    expect(s.cuesSince(asked)).toEqual(['stopChoice']);
    receiver.carryOn(s);
    expect(s.phase).toBe('getReady');
    receiver.stop(s);
    receiver.explainStop(s, 'finished');
    const mark = s.trace.length;
    receiver.end(s);
    expect(s.phase).toBe('done');
    expect(s.snapshot.context.end).toBe('receiverEnded');
    // Ended by choice, not completed: the words say so.
    expect(s.cuesSince(mark)).toEqual(['sessionEnded']);
  });

  it('a stop for discomfort makes the next pull gentler', () => {
    const s = inHold();
    receiver.stop(s);
    s.untilPhaseChanges();
    receiver.explainStop(s, 'discomfort');
    expect(s.snapshot.context.nextHoldMs).toBe(10 * SECOND);
    expect(s.snapshot.context.nextForceChange).toBe('less');
  });

  it('Pain during a hold: release, then a red flag ends the session with advice', () => {
    const s = inHold();
    const effects = receiver.pain(s);
    expect(effects).toContainEqual(expect.objectContaining({ cue: 'painRelease' }));
    expect(s.untilPhaseChanges()).toBe('stopCheck');
    const end = receiver.explainStop(s, 'sharpPain');
    expect(s.phase).toBe('ended');
    expect(s.snapshot.context.end).toBe('redFlag');
    expect(end).toContainEqual(expect.objectContaining({ cue: 'redFlagEnd' }));
    expect(end).toContainEqual({ type: 'wakeLock', on: false });
    expect(s.snapshot.status).toBe('done');
  });

  it('an urgent sign ends the session with urgent advice', () => {
    const s = inHold();
    receiver.pain(s);
    s.untilPhaseChanges();
    const end = receiver.explainStop(s, 'urgentSign');
    expect(s.snapshot.context.end).toBe('urgent');
    expect(end).toContainEqual(expect.objectContaining({ cue: 'urgentEnd' }));
  });

  it('Pause during a hold releases first; paused time does not use up the session', () => {
    const s = inHold();
    const effects = receiver.pause(s);
    expect(effects).toContainEqual(expect.objectContaining({ cue: 'pauseRelease' }));
    expect(s.untilPhaseChanges()).toBe('paused');
    const used = s.snapshot.context.activeBeforeMs;
    s.advance(30 * 60 * SECOND);
    expect(s.phase).toBe('paused');
    receiver.resume(s);
    expect(s.phase).toBe('getReady');
    expect(s.snapshot.context.activeBeforeMs).toBe(used);
  });

  it('a painful rating leads to the stop check', () => {
    const s = inHold();
    s.untilPhaseChanges();
    s.untilPhaseChanges();
    receiver.rate(s, 'painful');
    expect(s.phase).toBe('stopCheck');
    expect(s.snapshot.context.stops[0]?.trigger).toBe('painfulRating');
  });
});

describe('adapting to the rating', () => {
  function rated(rating: 'tooGentle' | 'justRight' | 'tooStrong') {
    const s = inHold();
    s.untilPhaseChanges();
    s.untilPhaseChanges();
    const effects = receiver.rate(s, rating);
    return { s, effects };
  }

  it('too strong: "lean back a little less" and a shorter hold', () => {
    const { s, effects } = rated('tooStrong');
    expect(effects).toContainEqual(expect.objectContaining({ cue: 'nextPullLess' }));
    expect(s.snapshot.context.nextHoldMs).toBe(10 * SECOND);
  });

  it('just right: the same pull held 5 s longer, up to the plan maximum', () => {
    const { s, effects } = rated('justRight');
    expect(effects).toContainEqual(expect.objectContaining({ cue: 'nextPullLonger' }));
    expect(s.snapshot.context.nextHoldMs).toBe(20 * SECOND);
  });

  it('too gentle: "a little more — still slowly", same hold', () => {
    const { s, effects } = rated('tooGentle');
    expect(effects).toContainEqual(expect.objectContaining({ cue: 'nextPullMore' }));
    expect(s.snapshot.context.nextHoldMs).toBe(15 * SECOND);
  });

  describe('after an ease-off', () => {
    /** A pull eased off during its hold (or its ramp), released, then rated. */
    function easedThenRated(
      rating: 'tooGentle' | 'justRight' | 'tooStrong',
      during: 'hold' | 'ramp' = 'hold',
    ) {
      const s = during === 'hold' ? inHold() : new SimulatedSession(plan);
      if (during === 'ramp') {
        s.start();
        s.advance(GET_READY_MS + 3 * SECOND);
      }
      receiver.easeOff(s);
      s.untilPhaseChanges();
      s.untilPhaseChanges();
      const effects = receiver.rate(s, rating);
      const cues = effects.flatMap((e) => (e.type === 'cue' ? [e.cue] : []));
      const { nextForceChange, nextHoldMs } = s.snapshot.context;
      return { cues, nextForceChange, nextHoldMs };
    }

    it.each(['hold', 'ramp'] as const)(
      'just right means the eased-off pull: only that far, the hold not grown (eased in the %s)',
      (during) => {
        expect(easedThenRated('justRight', during)).toEqual({
          cues: ['nextPullEased'],
          nextForceChange: 'eased',
          nextHoldMs: 15 * SECOND,
        });
      },
    );

    it('too strong is still less and shorter; too gentle still a little more', () => {
      expect(easedThenRated('tooStrong')).toEqual({
        cues: ['nextPullLess'],
        nextForceChange: 'less',
        nextHoldMs: 10 * SECOND,
      });
      expect(easedThenRated('tooGentle')).toEqual({
        cues: ['nextPullMore'],
        nextForceChange: 'more',
        nextHoldMs: 15 * SECOND,
      });
    });
  });

  it('the next hold uses the adapted length', () => {
    const { s } = rated('justRight');
    s.untilPhaseChanges(); // rest → get ready
    s.untilPhaseChanges(); // → ramp
    s.advance(SECOND);
    receiver.confirm(s);
    const start = s.now;
    s.untilPhaseChanges();
    expect(s.now - start).toBe(20 * SECOND);
  });
});

describe('a rating ticked in the rest but never sent with Continue', () => {
  /** A held pull, released, and the rest begun: the rating panel is on screen. */
  function inRest(p: Plan = plan): SimulatedSession {
    const s = inHold(p);
    s.untilPhase('rest');
    return s;
  }

  it('Too strong counts when the rest ends: the partner hears it before Get ready, and the next hold is shorter', () => {
    const s = inRest();
    receiver.choose(s, 'tooStrong', ['knees']);
    const mark = s.trace.length;
    s.untilPhase('getReady');
    expect(s.cuesSince(mark)).toEqual(['nextPullLess', 'getReady']);
    expect(s.snapshot.context.pulls[0]).toMatchObject({
      rating: 'tooStrong',
      discomfort: ['knees'],
    });
    expect(s.snapshot.context.nextHoldMs).toBe(10 * SECOND);
  });

  it('Painful leads to the stop check when the rest ends, never to another pull', () => {
    const s = inRest();
    receiver.choose(s, 'justRight');
    receiver.choose(s, 'painful', ['hips']);
    s.untilPhaseChanges();
    expect(s.phase).toBe('stopCheck');
    expect(s.snapshot.context.stops.at(-1)?.trigger).toBe('painfulRating');
    expect(s.snapshot.context.pulls).toHaveLength(1);
    expect(s.snapshot.context.pulls[0]).toMatchObject({ rating: 'painful', discomfort: ['hips'] });
  });

  it('Painful ticked, then Pause: the stop check, not a pause', () => {
    const s = inRest();
    receiver.choose(s, 'painful');
    receiver.pause(s);
    expect(s.phase).toBe('stopCheck');
    expect(s.snapshot.context.stops.at(-1)?.trigger).toBe('painfulRating');
  });

  it('Stop in the rest keeps the ticked rating on the pull', () => {
    const s = inRest();
    receiver.choose(s, 'tooStrong');
    receiver.stop(s);
    expect(s.phase).toBe('stopCheck');
    expect(s.snapshot.context.pulls[0]?.rating).toBe('tooStrong');
  });

  it('the rating sent with Continue is the one that counts, whatever was ticked before or after', () => {
    const s = inRest();
    receiver.choose(s, 'tooStrong');
    receiver.rate(s, 'justRight');
    receiver.choose(s, 'painful');
    s.untilPhase('getReady');
    expect(s.snapshot.context.pulls[0]?.rating).toBe('justRight');
    expect(s.snapshot.context.nextHoldMs).toBe(20 * SECOND);
  });

  it('a rating ticked in the last rest is kept in the record, with no advice for a pull that will not come', () => {
    const s = inHold();
    s.sleep(4 * 60 * SECOND + 30 * SECOND);
    s.untilPhase('rest');
    receiver.choose(s, 'tooGentle');
    const mark = s.trace.length;
    s.untilPhase('done');
    expect(s.cuesSince(mark)).not.toContain('nextPullMore');
    expect(s.snapshot.context.pulls[0]?.rating).toBe('tooGentle');
  });
});

describe('time', () => {
  it('a device asleep through a hold wakes to a release, never a longer hold', () => {
    const s = inHold();
    const effects = s.sleep(10 * 60 * SECOND);
    expect(s.phase).toBe('release');
    expect(effects).toContainEqual(expect.objectContaining({ cue: 'timeUpRelease' }));
    const releaseStart = s.now;
    s.untilPhaseChanges();
    expect(s.now - releaseStart).toBe(5 * SECOND);
    expect(s.snapshot.context.pulls[0]?.lateByMs).toBeGreaterThan(9 * 60 * SECOND);
  });

  it('ends when there is no time left for another whole pull, within the planned total', () => {
    const s = new SimulatedSession(plan);
    s.start();
    for (let i = 0; i < 100 && s.phase !== 'done'; i++) {
      if (s.phase === 'ramp') {
        s.advance(2 * SECOND);
        receiver.confirm(s);
      } else s.untilPhaseChanges();
    }
    expect(s.phase).toBe('done');
    expect(s.snapshot.context.end).toBe('completed');
    expect(s.now).toBeLessThanOrEqual(plan.totalMinutes * 60 * SECOND);
    expect(s.snapshot.context.pulls.length).toBeGreaterThanOrEqual(5);
  });
});

describe('after a stop or a pause', () => {
  /** The cues the partner hears from `act` until the next ramp begins (that ramp's own cue included). */
  function cuesUntilNextRamp(s: SimulatedSession, act: (s: SimulatedSession) => unknown): string[] {
    const mark = s.trace.length;
    act(s);
    s.untilPhase('ramp');
    return s.cuesSince(mark);
  }

  /** A stop of a 15 s hold with `press`, released, its reason given, then Carry on. */
  function carriedOn(press: 'STOP' | 'PAIN', reason: StopReason, p: Plan = plan) {
    const s = inHold(p);
    s.advance(2 * SECOND);
    s.send({ type: press });
    s.untilPhase('stopCheck');
    receiver.explainStop(s, reason);
    const cues = cuesUntilNextRamp(s, receiver.carryOn);
    s.advance(SECOND);
    receiver.confirm(s);
    return { s, cues, nextHold: s.snapshot.context.pulls[1]?.targetHoldMs };
  }

  it('after a stop for discomfort, the partner hears "lean back a little less" before the next pull, which is shorter', () => {
    const { cues, nextHold } = carriedOn('STOP', 'discomfort');
    expect(cues).toEqual(['nextPullLess', 'getReady', 'rampStart']);
    expect(nextHold).toBe(10 * SECOND);
  });

  it('keeps where a stop for discomfort was felt on the stopped pull, with its rating’s places', () => {
    const s = inHold();
    s.advance(2 * SECOND);
    s.send({ type: 'STOP' });
    s.untilPhase('stopCheck');
    s.send({ type: 'STOP_REASON', reason: 'discomfort', discomfort: ['sliding', 'knees'] });
    expect(s.snapshot.context.pulls[0]?.discomfort).toEqual(['knees', 'sliding']);
    expect(s.snapshot.context.stops[0]).toMatchObject({ trigger: 'stop', reason: 'discomfort' });
  });

  it('adds the places named at the stop check to those the Painful rating named, once each', () => {
    const s = inHold();
    s.untilPhase('rest');
    s.send({ type: 'RATE', rating: 'painful', discomfort: ['ankles', 'knees'] });
    s.untilPhase('stopCheck');
    s.send({ type: 'STOP_REASON', reason: 'discomfort', discomfort: ['sliding', 'ankles'] });
    expect(s.snapshot.context.pulls[0]?.discomfort).toEqual(['ankles', 'knees', 'sliding']);
  });

  it('at the shortest hold the next pull is still gentler: the partner leans back less', () => {
    const { cues, nextHold } = carriedOn('STOP', 'discomfort', { ...plan, holdSeconds: 10 });
    expect(cues).toEqual(['nextPullLess', 'getReady', 'rampStart']);
    expect(nextHold).toBe(10 * SECOND);
  });

  it.each(['finished', 'wantedToStop', 'slipped'] as const)(
    'a stop with Pain, then "%s" and Carry on: the next pull is gentler, and the partner told',
    (reason) => {
      const { s, cues, nextHold } = carriedOn('PAIN', reason);
      expect(cues).toEqual(['nextPullLess', 'getReady', 'rampStart']);
      expect(nextHold).toBe(10 * SECOND);
      expect(s.snapshot.context.stops[0]).toMatchObject({ trigger: 'pain', reason });
    },
  );

  it('Pain pressed during the release after a Stop makes it a stop for pain', () => {
    const s = inHold();
    receiver.stop(s);
    s.advance(SECOND);
    receiver.pain(s);
    s.untilPhase('stopCheck');
    expect(s.snapshot.context.stops).toEqual([expect.objectContaining({ trigger: 'pain' })]);
    receiver.explainStop(s, 'finished');
    expect(cuesUntilNextRamp(s, receiver.carryOn)).toContain('nextPullLess');
  });

  it('a Painful rating, then "finished" and Carry on: gentler once, and the partner told', () => {
    const s = inHold({ ...plan, holdSeconds: 20, holdMaxSeconds: 25 });
    s.untilPhase('rest');
    receiver.rate(s, 'painful');
    receiver.explainStop(s, 'finished');
    expect(cuesUntilNextRamp(s, receiver.carryOn)).toEqual([
      'nextPullLess',
      'getReady',
      'rampStart',
    ]);
    // 5 s shorter than the painful pull, not 5 s shorter twice.
    expect(s.snapshot.context.pulls[1]?.targetHoldMs).toBe(15 * SECOND);
  });

  it('a Stop for "finished" changes nothing about the next pull, and says nothing of it', () => {
    const { cues, nextHold } = carriedOn('STOP', 'finished');
    expect(cues).toEqual(['getReady', 'rampStart']);
    expect(nextHold).toBe(15 * SECOND);
  });

  it('Resume straight after a pause still leaves the shortest rest before the next ramp', () => {
    const s = inHold();
    receiver.pause(s);
    s.untilPhase('paused');
    const releaseEnded = s.snapshot.context.pulls[0]?.releaseEndedAt ?? Number.NaN;
    s.advance(SECOND / 2);
    receiver.resume(s);
    expect(s.phase).toBe('getReady');
    s.untilPhase('ramp');
    expect(s.now - releaseEnded).toBe(MIN_REST_MS);
  });

  it('Carry on straight after a stop still leaves the shortest rest before the next ramp', () => {
    const s = inHold();
    receiver.stop(s);
    s.untilPhase('stopCheck');
    const releaseEnded = s.snapshot.context.pulls[0]?.releaseEndedAt ?? Number.NaN;
    receiver.explainStop(s, 'wantedToStop');
    receiver.carryOn(s);
    s.untilPhase('ramp');
    expect(s.now - releaseEnded).toBe(MIN_REST_MS);
  });

  it('after a long pause the get-ready is its usual count-in', () => {
    const s = inHold();
    receiver.pause(s);
    s.untilPhase('paused');
    s.advance(60 * SECOND);
    receiver.resume(s);
    const resumed = s.now;
    s.untilPhase('ramp');
    expect(s.now - resumed).toBe(GET_READY_MS);
  });

  it('a pull ended by Pause is not rated after Resume, and the next pull is not grown', () => {
    const s = inHold();
    receiver.pause(s);
    s.untilPhase('paused');
    const cues = cuesUntilNextRamp(s, receiver.resume);
    expect(cues).toEqual(['getReady', 'rampStart']);
    expect(s.snapshot.context.pulls.map((p) => p.targetHoldMs)).toEqual([15 * SECOND, 15 * SECOND]);
  });

  it('a ramp that reached its cap unheld, rated Just right: the same pull next, its hold not grown', () => {
    const s = new SimulatedSession(plan);
    s.start();
    s.untilPhase('rest');
    expect(s.snapshot.context.pulls[0]?.holdStartedAt).toBeNull();
    const effects = receiver.rate(s, 'justRight');
    expect(effects.flatMap((e) => (e.type === 'cue' ? [e.cue] : []))).toEqual(['nextPullSame']);
    expect(s.snapshot.context).toMatchObject({ nextHoldMs: 15 * SECOND, nextForceChange: 'same' });
  });

  it.each([
    ['why did you stop?', 'stopCheck'],
    ['carry on or end?', 'stopChoice'],
  ] as const)(
    'Stop at "%s" is answered "Stop — release slowly" and changes nothing',
    (_, phase) => {
      const s = inHold();
      receiver.stop(s);
      s.untilPhase('stopCheck');
      if (phase === 'stopChoice') receiver.explainStop(s, 'finished');
      const before = s.snapshot.context;
      s.advance(SECOND);
      expect(receiver.stop(s)).toEqual([
        { type: 'cue', cue: 'stopRelease', priority: 'safety', scheduledAt: s.now },
      ]);
      expect(s.phase).toBe(phase);
      expect(s.snapshot.context.stops).toEqual(before.stops);
    },
  );
});
