// The session machine: Get ready → Ramp → Hold → Release → Rest → … → Done, with every safe way out.
import { and, assign, emit, enqueueActions, not, setup } from 'xstate';
import { nextPullGentlerAfter } from '../adaptation/afterStop';
import { type DiscomfortLocation, joinPlaces } from '../adaptation/discomfort';
import {
  gentlerPull,
  nextPullAfterRating,
  type RatedPull,
  type Rating,
} from '../adaptation/rating';
import { CUES, type CueId } from '../cues/catalogue';
import { SECOND } from '../plan/bounds';
import { boundedPlan } from '../plan/plan';
import { type StopReasonOutcome, stopReasonOutcome } from '../screening/stopReasons';
import type {
  AfterRelease,
  PullEventType,
  PullLog,
  ReleaseReason,
  SessionContext,
  SessionEnd,
  SessionInput,
  StopTrigger,
} from './context';
import type { Effect } from './effects';
import type { SessionEvent } from './events';
import {
  activeMsAt,
  cappedHoldMs,
  phaseTiming,
  type TimedPhase,
  timeForAnotherPull,
  timeForThisPull,
  totalMs,
} from './timing';

const PERSIST: Effect = { type: 'persist' };

function cueEffect(cue: CueId, scheduledAt: number): Effect {
  return { type: 'cue', cue, priority: CUES[cue].priority, scheduledAt };
}

const AFTER_RELEASE_RANK: Record<AfterRelease, number> = {
  rest: 0,
  done: 1,
  paused: 2,
  stopCheck: 3,
};

const RELEASE_CUE: Record<ReleaseReason, CueId> = {
  holdComplete: 'releaseStart',
  rampCap: 'rampCapRelease',
  stop: 'stopRelease',
  pain: 'painRelease',
  pause: 'pauseRelease',
  timeUp: 'timeUpRelease',
};

const FORCE_CUE = {
  same: 'nextPullSame',
  longer: 'nextPullLonger',
  less: 'nextPullLess',
  more: 'nextPullMore',
  eased: 'nextPullEased',
} as const satisfies Record<string, CueId>;

function currentPull(context: SessionContext): PullLog | undefined {
  return context.pulls[context.pulls.length - 1];
}

function updateCurrentPull(context: SessionContext, change: Partial<PullLog>): PullLog[] {
  const pull = currentPull(context);
  if (!pull) return context.pulls;
  return [...context.pulls.slice(0, -1), { ...pull, ...change }];
}

/** A pull never held (the ramp reached its cap) is not grown from; nor is one eased off. */
function ratedPullOf(pull: PullLog): RatedPull {
  if (pull.holdStartedAt === null) return 'neverHeld';
  return pull.events.some((e) => e.type === 'easeOff') ? 'easedOff' : 'held';
}

function withPullEvent(context: SessionContext, type: PullEventType, at: number): PullLog[] {
  const pull = currentPull(context);
  if (!pull) return context.pulls;
  return updateCurrentPull(context, { events: [...pull.events, { type, at }] });
}

function pauseActiveClock(context: SessionContext, at: number): Partial<SessionContext> {
  return { activeBeforeMs: activeMsAt(context, at), activeSince: null };
}

function isTimeUp(context: SessionContext, at: number): boolean {
  return activeMsAt(context, at) >= totalMs(context.plan);
}

/** What a rating changes: the next pull, the rated pull's record, and the advice to speak. */
function ratingApplied(
  context: SessionContext,
  given: { rating: Rating; discomfort: readonly DiscomfortLocation[] },
): { change: Partial<SessionContext>; cue: CueId | null } | null {
  const pull = currentPull(context);
  if (!pull) return null;
  const next = nextPullAfterRating(
    pull.targetHoldMs,
    given.rating,
    context.plan.holdMaxSeconds * SECOND,
    ratedPullOf(pull),
  );
  return {
    change: {
      nextHoldMs: next.holdMs,
      nextForceChange: next.forceChange,
      chosenRating: null,
      pulls: updateCurrentPull(context, {
        rating: given.rating,
        discomfort: [...given.discomfort],
      }),
    },
    cue: next.stop ? null : FORCE_CUE[next.forceChange],
  };
}

// Every way out of a pull (ramp or hold) on the receiver's word leads into a slow release.
const ENDING_A_PULL = {
  STOP: {
    target: 'release',
    actions: [
      { type: 'beginRelease', params: { reason: 'stop', after: 'stopCheck' } },
      { type: 'logStop', params: { trigger: 'stop' } },
    ],
  },
  PAIN: {
    target: 'release',
    actions: [
      { type: 'beginRelease', params: { reason: 'pain', after: 'stopCheck' } },
      { type: 'logStop', params: { trigger: 'pain' } },
    ],
  },
  PAUSE: {
    target: 'release',
    actions: { type: 'beginRelease', params: { reason: 'pause', after: 'paused' } },
  },
} as const;

export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as SessionInput,
    // Effects are emitted as data, never performed here; platform adapters carry them out.
    emitted: {} as Effect,
  },
  actions: {
    enterTimedPhase: enqueueActions(
      ({ context, event, enqueue }, params: { phase: TimedPhase; cue: CueId }) => {
        const timing = phaseTiming(params.phase, event.at, context);
        enqueue.assign({
          phaseStartedAt: event.at,
          deadline: timing.deadline,
          schedule: timing.schedule,
          activeSince: context.activeSince ?? event.at,
        });
        enqueue.emit(cueEffect(params.cue, event.at));
        enqueue.emit(PERSIST);
      },
    ),
    enterUntimedPhase: enqueueActions(({ event, enqueue }, params: { cue: CueId }) => {
      enqueue.assign({
        phaseStartedAt: event.at,
        deadline: Number.POSITIVE_INFINITY,
        schedule: [],
      });
      enqueue.emit(cueEffect(params.cue, event.at));
      enqueue.emit(PERSIST);
    }),
    // A session the receiver ended is not called complete: the words say what happened.
    enterDone: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign({
        phaseStartedAt: event.at,
        deadline: Number.POSITIVE_INFINITY,
        schedule: [],
      });
      const cue: CueId = context.end === 'receiverEnded' ? 'sessionEnded' : 'done';
      enqueue.emit(cueEffect(cue, event.at));
      enqueue.emit(PERSIST);
    }),
    fireDueCues: enqueueActions(({ context, event, enqueue }) => {
      const due = context.schedule.filter((item) => item.at <= event.at);
      if (due.length === 0) return;
      enqueue.assign({ schedule: context.schedule.filter((item) => item.at > event.at) });
      for (const item of due) {
        enqueue.emit(cueEffect(item.cue, item.at));
      }
      if (due.some((item) => item.cue === 'rampPrompt')) {
        enqueue.assign({ pulls: withPullEvent(context, 'rampPrompt', event.at) });
        // The prompt is part of the pull's record, so it is saved like any other change to it.
        enqueue.emit(PERSIST);
      }
    }),
    startPull: assign(({ context, event }) => ({
      afterRelease: 'rest' as AfterRelease,
      pulls: [
        ...context.pulls,
        {
          index: context.pulls.length + 1,
          rampStartedAt: event.at,
          targetHoldMs: cappedHoldMs(context.nextHoldMs),
          confirmed: false,
          holdStartedAt: null,
          releaseStartedAt: null,
          releaseEndedAt: null,
          releaseReason: null,
          lateByMs: 0,
          rating: null,
          discomfort: [],
          events: [],
        },
      ],
    })),
    logPullEvent: assign(({ context, event }, params: { type: PullEventType }) => {
      const pulls = withPullEvent(context, params.type, event.at);
      if (params.type !== 'confirmed' && params.type !== 'easeOff') return { pulls };
      return {
        pulls: pulls.map((p, i) => (i === pulls.length - 1 ? { ...p, confirmed: true } : p)),
      };
    }),
    markHoldStarted: assign(({ context, event }) => ({
      pulls: updateCurrentPull(context, { holdStartedAt: event.at }),
    })),
    cueEaseOff: emit(({ event }) => cueEffect('easeOff', event.at)),
    // A press that changes nothing (during a release, or after a stop) is never met with silence;
    // a step with no phase of its own to open still says where the session is.
    say: emit(({ event }, params: { cue: CueId }) => cueEffect(params.cue, event.at)),
    // Gentler than the pull just made (or planned), and never less gentle than already planned.
    planGentlerNext: assign(({ context }) => {
      const last = currentPull(context)?.targetHoldMs ?? context.nextHoldMs;
      const gentler = gentlerPull(last, context.plan.holdMaxSeconds * SECOND).holdMs;
      return {
        nextHoldMs: Math.min(context.nextHoldMs, gentler),
        nextForceChange: 'less' as const,
      };
    }),
    // The partner hears that the pull after a stop for pain or discomfort is gentler, before it.
    cueGentlerAfterStop: enqueueActions(({ context, event, enqueue }) => {
      const last = context.stops[context.stops.length - 1];
      if (last && nextPullGentlerAfter(last)) enqueue.emit(cueEffect('nextPullLess', event.at));
    }),
    beginRelease: assign(
      ({ context, event }, params: { reason: ReleaseReason; after: AfterRelease }) => {
        let pulls = updateCurrentPull(context, {
          releaseReason: params.reason,
          lateByMs: Math.max(0, event.at - context.deadline),
        });
        if (params.reason === 'stop' || params.reason === 'pain' || params.reason === 'pause') {
          pulls = withPullEvent({ ...context, pulls }, params.reason, event.at);
        }
        return { pulls, afterRelease: params.after };
      },
    ),
    enterRelease: enqueueActions(({ context, event, enqueue }) => {
      const timing = phaseTiming('release', event.at, context);
      const reason = currentPull(context)?.releaseReason ?? 'holdComplete';
      enqueue.assign({
        phaseStartedAt: event.at,
        deadline: timing.deadline,
        schedule: timing.schedule,
        pulls: updateCurrentPull(context, { releaseStartedAt: event.at }),
      });
      enqueue.emit(cueEffect(RELEASE_CUE[reason], event.at));
      enqueue.emit(PERSIST);
    }),
    markReleaseEnded: assign(({ context, event }) => ({
      pulls: updateCurrentPull(context, { releaseEndedAt: event.at }),
    })),
    leadReleaseTo: assign(({ context }, params: { after: AfterRelease }) => ({
      afterRelease:
        AFTER_RELEASE_RANK[params.after] > AFTER_RELEASE_RANK[context.afterRelease]
          ? params.after
          : context.afterRelease,
    })),
    logStop: assign(({ context, event }, params: { trigger: StopTrigger }) => {
      const last = context.stops[context.stops.length - 1];
      // A second press before the stop check is answered is the same stop; Pain makes it a pain stop.
      if (last && last.reason === null) {
        if (params.trigger !== 'pain' || last.trigger !== 'stop') return {};
        return { stops: [...context.stops.slice(0, -1), { ...last, trigger: 'pain' as const }] };
      }
      return { stops: [...context.stops, { at: event.at, trigger: params.trigger, reason: null }] };
    }),
    recordStopReason: assign(({ context, event }) => {
      if (event.type !== 'STOP_REASON') return {};
      const last = context.stops[context.stops.length - 1];
      if (!last) return {};
      const stops = [...context.stops.slice(0, -1), { ...last, reason: event.reason }];
      const said = event.discomfort ?? [];
      const pull = currentPull(context);
      if (said.length === 0 || !pull) return { stops };
      // Kept on the stopped pull, with any places its rating named.
      return {
        stops,
        pulls: updateCurrentPull(context, { discomfort: joinPlaces(pull.discomfort, said) }),
      };
    }),
    applyRating: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'RATE') return;
      const rated = ratingApplied(context, event);
      if (!rated) return;
      enqueue.assign(rated.change);
      if (rated.cue) enqueue.emit(cueEffect(rated.cue, event.at));
    }),
    keepChosenRating: assign(({ event }) =>
      event.type === 'CHOOSE_RATING'
        ? { chosenRating: { rating: event.rating, discomfort: [...event.discomfort] } }
        : {},
    ),
    // A rating ticked and never sent still counts: the next pull is adapted to it, and Painful
    // leads to the stop check. Its advice is spoken only when a pull follows.
    applyChosenRating: enqueueActions(({ context, event, enqueue }, params: { cue: boolean }) => {
      const chosen = context.chosenRating;
      const pull = currentPull(context);
      enqueue.assign({ chosenRating: null });
      if (!chosen || !pull || pull.rating !== null) return;
      const rated = ratingApplied(context, chosen);
      if (!rated) return;
      enqueue.assign(rated.change);
      if (params.cue && rated.cue) enqueue.emit(cueEffect(rated.cue, event.at));
    }),
    stopActiveClock: assign(({ context, event }) => pauseActiveClock(context, event.at)),
    setEnd: assign((_, params: { end: SessionEnd }) => ({ end: params.end })),
    finish: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign({ ...pauseActiveClock(context, event.at), end: context.end ?? 'completed' });
      enqueue.emit({ type: 'wakeLock', on: false });
    }),
    cueEnd: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign({
        phaseStartedAt: event.at,
        deadline: Number.POSITIVE_INFINITY,
        schedule: [],
      });
      const cue: CueId = context.end === 'urgent' ? 'urgentEnd' : 'redFlagEnd';
      enqueue.emit(cueEffect(cue, event.at));
      enqueue.emit(PERSIST);
    }),
  },
  guards: {
    mayStart: ({ context }) => context.mayStart,
    deadlinePassed: ({ context, event }) => event.at >= context.deadline,
    timeUp: ({ context, event }) => isTimeUp(context, event.at),
    timeForAnotherPull: ({ context, event }) => timeForAnotherPull(context, event.at),
    timeForThisPull: ({ context, event }) => timeForThisPull(context, event.at),
    releaseOver: ({ context, event }, params: { after: AfterRelease }) =>
      event.at >= context.deadline && context.afterRelease === params.after,
    releaseLeadsToStopCheck: ({ context }) => context.afterRelease === 'stopCheck',
    painfulRating: ({ event }) => event.type === 'RATE' && event.rating === 'painful',
    painfulChosen: ({ context }) =>
      context.chosenRating?.rating === 'painful' && currentPull(context)?.rating === null,
    stopReasonIs: ({ event }, params: { outcome: StopReasonOutcome }) =>
      event.type === 'STOP_REASON' && stopReasonOutcome(event.reason) === params.outcome,
    nextPullGentler: ({ context, event }) => {
      const last = context.stops[context.stops.length - 1];
      return (
        event.type === 'STOP_REASON' &&
        last !== undefined &&
        nextPullGentlerAfter({ trigger: last.trigger, reason: event.reason })
      );
    },
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => {
    const plan = boundedPlan(input.plan);
    return {
      plan,
      mayStart: input.mayStart,
      startedAt: null,
      startedAtWall: null,
      activeBeforeMs: 0,
      activeSince: null,
      phaseStartedAt: 0,
      deadline: Number.POSITIVE_INFINITY,
      schedule: [],
      nextHoldMs: plan.holdSeconds * SECOND,
      nextForceChange: null,
      chosenRating: null,
      afterRelease: 'rest',
      pulls: [],
      stops: [],
      end: null,
    };
  },
  initial: 'idle',
  on: {
    // Time only moves forward; in-phase cues (prompts, countdowns) fire as they fall due.
    TICK: { actions: 'fireDueCues' },
  },
  states: {
    idle: {
      on: {
        START: {
          guard: 'mayStart',
          target: 'getReady',
          actions: [
            assign(({ event }) => ({
              startedAt: event.at,
              startedAtWall: event.type === 'START' ? event.wallTime : null,
            })),
            emit({ type: 'wakeLock', on: true }),
          ],
        },
      },
    },
    getReady: {
      entry: [{ type: 'enterTimedPhase', params: { phase: 'getReady', cue: 'getReady' } }],
      on: {
        TICK: [
          { guard: and(['deadlinePassed', 'timeForThisPull']), target: 'ramp' },
          { guard: 'deadlinePassed', target: 'done' },
          { actions: 'fireDueCues' },
        ],
        STOP: { target: 'stopCheck', actions: { type: 'logStop', params: { trigger: 'stop' } } },
        PAIN: { target: 'stopCheck', actions: { type: 'logStop', params: { trigger: 'pain' } } },
        PAUSE: 'paused',
      },
    },
    ramp: {
      entry: [
        'startPull',
        { type: 'enterTimedPhase', params: { phase: 'ramp', cue: 'rampStart' } },
      ],
      on: {
        TICK: [
          {
            guard: 'timeUp',
            target: 'release',
            actions: { type: 'beginRelease', params: { reason: 'timeUp', after: 'done' } },
          },
          {
            guard: 'deadlinePassed',
            target: 'release',
            actions: { type: 'beginRelease', params: { reason: 'rampCap', after: 'rest' } },
          },
          { actions: 'fireDueCues' },
        ],
        CONFIRM: {
          target: 'hold',
          actions: { type: 'logPullEvent', params: { type: 'confirmed' } },
        },
        // Ease off during the ramp: the tension is already enough; settle back a little and hold.
        EASE_OFF: {
          target: 'hold',
          actions: [
            { type: 'logPullEvent', params: { type: 'easeOff' } },
            'cueEaseOff',
            'planGentlerNext',
          ],
        },
        ...ENDING_A_PULL,
      },
    },
    hold: {
      entry: [
        'markHoldStarted',
        { type: 'enterTimedPhase', params: { phase: 'hold', cue: 'holdStart' } },
      ],
      on: {
        TICK: [
          {
            guard: 'timeUp',
            target: 'release',
            actions: { type: 'beginRelease', params: { reason: 'timeUp', after: 'done' } },
          },
          {
            guard: 'deadlinePassed',
            target: 'release',
            actions: { type: 'beginRelease', params: { reason: 'holdComplete', after: 'rest' } },
          },
          { actions: 'fireDueCues' },
        ],
        // The hold goes on, but the ease-off is in the record: save it now, not at the release.
        EASE_OFF: {
          actions: [
            { type: 'logPullEvent', params: { type: 'easeOff' } },
            'cueEaseOff',
            'planGentlerNext',
            emit(PERSIST),
          ],
        },
        ...ENDING_A_PULL,
      },
    },
    release: {
      entry: ['enterRelease'],
      exit: ['markReleaseEnded'],
      on: {
        // The release always runs its full counted time; only then does the session move on.
        TICK: [
          { guard: { type: 'releaseOver', params: { after: 'stopCheck' } }, target: 'stopCheck' },
          { guard: { type: 'releaseOver', params: { after: 'paused' } }, target: 'paused' },
          { guard: { type: 'releaseOver', params: { after: 'done' } }, target: 'done' },
          { guard: { type: 'releaseOver', params: { after: 'rest' } }, target: 'rest' },
          { actions: 'fireDueCues' },
        ],
        // A release already under way is never cut short; these only change what follows it,
        // and the stop they log is saved at once. Each still says its cue, so the receiver knows
        // the press was taken and the partner hears it.
        STOP: {
          actions: [
            { type: 'leadReleaseTo', params: { after: 'stopCheck' } },
            { type: 'logStop', params: { trigger: 'stop' } },
            { type: 'logPullEvent', params: { type: 'stop' } },
            { type: 'say', params: { cue: RELEASE_CUE.stop } },
            emit(PERSIST),
          ],
        },
        PAIN: {
          actions: [
            { type: 'leadReleaseTo', params: { after: 'stopCheck' } },
            { type: 'logStop', params: { trigger: 'pain' } },
            { type: 'logPullEvent', params: { type: 'pain' } },
            { type: 'say', params: { cue: RELEASE_CUE.pain } },
            emit(PERSIST),
          ],
        },
        // After a stop the stop check comes first, so Pause changes nothing then, and says nothing
        // over the Stop cue.
        PAUSE: {
          guard: not('releaseLeadsToStopCheck'),
          actions: [
            { type: 'leadReleaseTo', params: { after: 'paused' } },
            { type: 'say', params: { cue: RELEASE_CUE.pause } },
          ],
        },
      },
    },
    rest: {
      entry: [{ type: 'enterTimedPhase', params: { phase: 'rest', cue: 'restStart' } }],
      on: {
        TICK: [
          {
            guard: and(['deadlinePassed', 'painfulChosen']),
            target: 'stopCheck',
            actions: [
              { type: 'applyChosenRating', params: { cue: false } },
              { type: 'logStop', params: { trigger: 'painfulRating' } },
            ],
          },
          {
            guard: and(['deadlinePassed', 'timeForAnotherPull']),
            target: 'getReady',
            actions: { type: 'applyChosenRating', params: { cue: true } },
          },
          {
            guard: 'deadlinePassed',
            target: 'done',
            actions: { type: 'applyChosenRating', params: { cue: false } },
          },
          { actions: 'fireDueCues' },
        ],
        RATE: [
          {
            guard: 'painfulRating',
            target: 'stopCheck',
            actions: ['applyRating', { type: 'logStop', params: { trigger: 'painfulRating' } }],
          },
          { actions: ['applyRating', emit(PERSIST)] },
        ],
        CHOOSE_RATING: { actions: 'keepChosenRating' },
        STOP: {
          target: 'stopCheck',
          actions: [
            { type: 'applyChosenRating', params: { cue: false } },
            { type: 'logStop', params: { trigger: 'stop' } },
          ],
        },
        PAIN: {
          target: 'stopCheck',
          actions: [
            { type: 'applyChosenRating', params: { cue: false } },
            { type: 'logStop', params: { trigger: 'pain' } },
          ],
        },
        PAUSE: [
          {
            guard: 'painfulChosen',
            target: 'stopCheck',
            actions: [
              { type: 'applyChosenRating', params: { cue: false } },
              { type: 'logStop', params: { trigger: 'painfulRating' } },
            ],
          },
          { target: 'paused', actions: { type: 'applyChosenRating', params: { cue: false } } },
        ],
      },
    },
    paused: {
      entry: ['stopActiveClock', { type: 'enterUntimedPhase', params: { cue: 'paused' } }],
      on: {
        RESUME: [{ guard: 'timeForAnotherPull', target: 'getReady' }, { target: 'done' }],
        STOP: { target: 'stopCheck', actions: { type: 'logStop', params: { trigger: 'stop' } } },
        PAIN: { target: 'stopCheck', actions: { type: 'logStop', params: { trigger: 'pain' } } },
        END: { target: 'done', actions: { type: 'setEnd', params: { end: 'receiverEnded' } } },
      },
    },
    stopCheck: {
      entry: ['stopActiveClock', { type: 'enterUntimedPhase', params: { cue: 'stopCheck' } }],
      on: {
        STOP_REASON: [
          {
            guard: { type: 'stopReasonIs', params: { outcome: 'urgent' } },
            target: 'ended',
            actions: ['recordStopReason', { type: 'setEnd', params: { end: 'urgent' } }],
          },
          {
            guard: { type: 'stopReasonIs', params: { outcome: 'redFlag' } },
            target: 'ended',
            actions: ['recordStopReason', { type: 'setEnd', params: { end: 'redFlag' } }],
          },
          {
            guard: 'nextPullGentler',
            target: 'stopChoice',
            actions: ['recordStopReason', 'planGentlerNext'],
          },
          { target: 'stopChoice', actions: 'recordStopReason' },
        ],
        // The pull has been released: Stop changes nothing, but it is heard, and the partner with it.
        STOP: { actions: { type: 'say', params: { cue: RELEASE_CUE.stop } } },
      },
    },
    stopChoice: {
      // The stop reason just given is in the record: closing the app on this screen keeps it.
      // The partner hears the question too, so the last words are not still "why did you stop?".
      entry: [{ type: 'say', params: { cue: 'stopChoice' } }, emit(PERSIST)],
      on: {
        CONTINUE: [
          { guard: 'timeForAnotherPull', target: 'getReady', actions: 'cueGentlerAfterStop' },
          { target: 'done' },
        ],
        END: { target: 'done', actions: { type: 'setEnd', params: { end: 'receiverEnded' } } },
        STOP: { actions: { type: 'say', params: { cue: RELEASE_CUE.stop } } },
      },
    },
    done: {
      type: 'final',
      entry: ['finish', 'enterDone'],
    },
    ended: {
      type: 'final',
      entry: ['finish', 'cueEnd'],
    },
  },
});
