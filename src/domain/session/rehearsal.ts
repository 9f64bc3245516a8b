// A session rehearsed in memory before the real one starts: each path a pull can take runs once
// then, so the engine compiles it while nobody waits, not during the first pull's cues.
import { MINUTE, SECOND } from '../plan/bounds';
import type { Plan } from '../plan/plan';
import type { SessionEvent, UnstampedEvent } from './events';
import { createSession, nextWakeAt, phaseOf, type SessionPhase, step } from './step';

/** Runs two make-believe sessions of `plan`, one to its end; returns the phases they went through. */
export function rehearse(plan: Plan): Set<SessionPhase> {
  const visited = rehearseStops(plan);
  for (const phase of rehearseToTheEnd(plan)) visited.add(phase);
  return visited;
}

function rehearser(plan: Plan) {
  let snapshot = createSession(plan, true);
  let at = 0;
  const visited = new Set<SessionPhase>([phaseOf(snapshot)]);
  const send = (event: UnstampedEvent) => {
    snapshot = step(snapshot, { ...event, at } as SessionEvent).snapshot;
    visited.add(phaseOf(snapshot));
  };
  // Time passes as the scheduler would let it: every deadline and cue on the way, on time.
  const wait = (ms: number) => {
    const until = at + ms;
    for (let wake = nextWakeAt(snapshot); wake !== null && wake <= until; ) {
      at = Math.max(at, wake);
      send({ type: 'TICK' });
      wake = nextWakeAt(snapshot);
    }
    at = until;
  };
  const untilPhase = (phase: SessionPhase) => {
    for (let waited = 0; phaseOf(snapshot) !== phase && waited < 10 * MINUTE; waited += SECOND) {
      wait(SECOND);
    }
  };

  return { send, wait, untilPhase, visited, phase: () => phaseOf(snapshot) };
}

/** Every way out of a pull: Stop, Pause, Pain, and the stop check's answers. */
function rehearseStops(plan: Plan): Set<SessionPhase> {
  const { send, wait, untilPhase, visited } = rehearser(plan);
  send({ type: 'START', wallTime: new Date(0).toISOString() });
  // A pull that runs its course: confirmed, eased off, held, counted down, released, rated.
  untilPhase('ramp');
  wait(2 * SECOND);
  send({ type: 'CONFIRM' });
  send({ type: 'EASE_OFF' });
  untilPhase('rest');
  send({ type: 'RATE', rating: 'justRight', discomfort: [] });
  // A Stop in the ramp, the stop check, and carrying on.
  untilPhase('ramp');
  send({ type: 'STOP' });
  untilPhase('stopCheck');
  send({ type: 'STOP_REASON', reason: 'wantedToStop' });
  send({ type: 'CONTINUE' });
  // A pause in the hold, then Pain, which ends in the stop check's red flag.
  untilPhase('ramp');
  send({ type: 'CONFIRM' });
  send({ type: 'PAUSE' });
  untilPhase('paused');
  send({ type: 'RESUME' });
  untilPhase('ramp');
  send({ type: 'PAIN' });
  untilPhase('stopCheck');
  send({ type: 'STOP_REASON', reason: 'dizziness' });
  return visited;
}

/** Pull after pull, each confirmed and rated, until the session's time is up. */
function rehearseToTheEnd(plan: Plan): Set<SessionPhase> {
  const { send, wait, visited, phase } = rehearser(plan);
  send({ type: 'START', wallTime: new Date(0).toISOString() });
  for (let waited = 0; phase() !== 'done' && waited < 15 * MINUTE; waited += SECOND) {
    if (phase() === 'ramp') send({ type: 'CONFIRM' });
    else if (phase() === 'rest') send({ type: 'RATE', rating: 'justRight', discomfort: [] });
    wait(SECOND);
  }
  return visited;
}
