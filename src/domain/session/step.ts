// The pure face of the session: (snapshot, event) → (snapshot, effects). No timers, no I/O.
import { type AnyActorScope, createActor, initialTransition, type SnapshotFrom } from 'xstate';
import { defaultPlan, type Plan } from '../plan/plan';
import type { Effect } from './effects';
import type { SessionEvent } from './events';
import { sessionMachine } from './machine';

export type SessionSnapshot = SnapshotFrom<typeof sessionMachine>;

export interface Step {
  snapshot: SessionSnapshot;
  effects: Effect[];
}

export type SessionPhase =
  | 'idle'
  | 'getReady'
  | 'ramp'
  | 'hold'
  | 'release'
  | 'rest'
  | 'paused'
  | 'stopCheck'
  | 'stopChoice'
  | 'done'
  | 'ended';

type Action = { type: string; params?: unknown };

/** The machine emits its effects as events; here they become the step's list of effects. */
function toEffects(actions: readonly Action[]): Effect[] {
  return actions.flatMap((action) =>
    action.type === 'xstate.emit' ? [(action.params as { event: Effect }).event] : [],
  );
}

/**
 * One inert scope for every step. xstate's own `transition()` builds a whole actor (and its
 * initial snapshot) on each call, costing several times the step itself; the machine never
 * spawns, sends or delays, so its actions are only collected here, never run.
 */
let collected: Action[] = [];
let sharedScope: AnyActorScope | null = null;

function inertScope(): AnyActorScope {
  if (sharedScope) return sharedScope;
  const self = createActor(sessionMachine, { input: { plan: defaultPlan(), mayStart: false } });
  sharedScope = {
    self,
    id: '',
    sessionId: '',
    logger: () => {},
    defer: () => {},
    emit: () => {},
    system: self.system,
    stopChild: () => {},
    actionExecutor: (action) => {
      collected.push(action as Action);
    },
  };
  return sharedScope;
}

/** The machine's transition: the next snapshot and the effects it emitted. */
function transitionWith(
  snapshot: SessionSnapshot,
  event: SessionEvent,
): [SessionSnapshot, Effect[]] {
  const scope = inertScope();
  collected = [];
  try {
    const next = sessionMachine.transition(snapshot, event, scope);
    return [next, toEffects(collected)];
  } finally {
    collected = [];
  }
}

export function createSession(plan: Plan, mayStart: boolean): SessionSnapshot {
  const [snapshot] = initialTransition(sessionMachine, { plan, mayStart });
  return snapshot;
}

/** Restores a snapshot saved with `persistedSession` (already validated at the boundary). */
export function restoreSession(persisted: unknown): SessionSnapshot {
  return sessionMachine.resolveState(
    persisted as Parameters<typeof sessionMachine.resolveState>[0],
  );
}

export function persistedSession(snapshot: SessionSnapshot): unknown {
  return sessionMachine.getPersistedSnapshot(snapshot);
}

/**
 * Applies one event. Time never runs backwards, and the clock is caught up first: a deadline that
 * passed before this event (the device slept, the scheduler was late) resolves before it is handled.
 */
export function step(snapshot: SessionSnapshot, event: SessionEvent): Step {
  const at = Math.max(event.at, snapshot.context.phaseStartedAt);
  const effects: Effect[] = [];
  let current = snapshot;
  if (event.type !== 'TICK' && somethingDue(snapshot, at)) {
    const [caughtUp, caughtUpEffects] = transitionWith(current, { type: 'TICK', at });
    current = caughtUp;
    effects.push(...caughtUpEffects);
  }
  const [next, nextEffects] = transitionWith(current, { ...event, at });
  effects.push(...nextEffects);
  return { snapshot: next, effects };
}

/** Whether a deadline or an in-phase cue falls due by `at` (else catching up would change nothing). */
function somethingDue(snapshot: SessionSnapshot, at: number): boolean {
  const wake = nextWakeAt(snapshot);
  return wake !== null && wake <= at;
}

export function phaseOf(snapshot: SessionSnapshot): SessionPhase {
  return snapshot.value as SessionPhase;
}

/** When the scheduler should next wake the session: the earlier of a due cue and the deadline. */
export function nextWakeAt(snapshot: SessionSnapshot): number | null {
  const { deadline, schedule } = snapshot.context;
  const candidates = [deadline, ...schedule.map((item) => item.at)].filter(Number.isFinite);
  return candidates.length === 0 ? null : Math.min(...candidates);
}

/** Whether a pull is on: the partner is leaning back. */
export function isPulling(snapshot: SessionSnapshot): boolean {
  const phase = phaseOf(snapshot);
  return phase === 'ramp' || phase === 'hold';
}

export function can(snapshot: SessionSnapshot, event: SessionEvent): boolean {
  return snapshot.can(event);
}
