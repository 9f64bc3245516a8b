// Model-based test: explore the session machine with every event, reach every state, and check
// that from every state with a pull on, Stop and Pain lead through a full release first.
import { describe, expect, it } from 'vitest';
import { RATINGS } from '../adaptation/rating';
import { defaultPlan } from '../plan/plan';
import { STOP_REASONS } from '../screening/stopReasons';
import type { SessionEvent, UnstampedEvent } from './events';
import { sessionMachine } from './machine';
import { createSession, isPulling, nextWakeAt, phaseOf, type SessionSnapshot, step } from './step';

const RECEIVER_EVENTS: UnstampedEvent[] = [
  { type: 'START', wallTime: '2026-11-26T09:00:00.000Z' },
  { type: 'CONFIRM' },
  { type: 'EASE_OFF' },
  { type: 'PAIN' },
  { type: 'STOP' },
  { type: 'PAUSE' },
  { type: 'RESUME' },
  { type: 'CONTINUE' },
  { type: 'END' },
  ...RATINGS.map((rating) => ({ type: 'RATE' as const, rating, discomfort: [] })),
  ...STOP_REASONS.map((reason) => ({ type: 'STOP_REASON' as const, reason })),
];

interface Node {
  snapshot: SessionSnapshot;
  now: number;
}

/** Every successor: each receiver event now, and the scheduler's tick at the next wake-up. */
function successors(node: Node): Node[] {
  const next: Node[] = RECEIVER_EVENTS.map((event) => ({
    snapshot: step(node.snapshot, { ...event, at: node.now } as SessionEvent).snapshot,
    now: node.now,
  }));
  const wake = nextWakeAt(node.snapshot);
  if (wake !== null) {
    const at = Math.max(wake, node.now);
    next.push({ snapshot: step(node.snapshot, { type: 'TICK', at }).snapshot, now: at });
  }
  return next;
}

function key(node: Node): string {
  const c = node.snapshot.context;
  // Time is abstracted to how many in-phase cues are still due, so a phase's deadline is reachable.
  const counts = [c.pulls.length, c.stops.length].map((n) => Math.min(n, 2));
  return [phaseOf(node.snapshot), c.afterRelease, c.schedule.length, ...counts].join('|');
}

function explore(limit = 4000): Node[] {
  const start: Node = { snapshot: createSession(defaultPlan(), true), now: 0 };
  const seen = new Map<string, Node>([[key(start), start]]);
  const queue = [start];
  while (queue.length > 0 && seen.size < limit) {
    const node = queue.shift();
    if (!node) break;
    for (const succ of successors(node)) {
      const k = key(succ);
      if (!seen.has(k)) {
        seen.set(k, succ);
        queue.push(succ);
      }
    }
  }
  return [...seen.values()];
}

const nodes = explore();

describe('session machine model', () => {
  it('reaches every state of the machine', () => {
    const reached = new Set(nodes.map((n) => phaseOf(n.snapshot)));
    expect([...reached].sort()).toEqual(Object.keys(sessionMachine.states).sort());
  });

  const pulling = nodes.filter((n) => isPulling(n.snapshot));

  it('explores many states with a pull on', () => {
    expect(pulling.length).toBeGreaterThan(20);
  });

  for (const trigger of ['STOP', 'PAIN'] as const) {
    it(`${trigger} from every state with a pull on goes through a full release before anything else`, () => {
      for (const node of pulling) {
        let snapshot = step(node.snapshot, { type: trigger, at: node.now }).snapshot;
        expect(phaseOf(snapshot)).toBe('release');
        const releaseMs = snapshot.context.plan.releaseSeconds * 1000;
        // Whatever the receiver does during the release, it runs its full time.
        for (const event of RECEIVER_EVENTS) {
          const during = step(snapshot, { ...event, at: node.now + releaseMs - 1 } as SessionEvent);
          expect(phaseOf(during.snapshot)).toBe('release');
        }
        snapshot = step(snapshot, { type: 'TICK', at: node.now + releaseMs }).snapshot;
        expect(phaseOf(snapshot)).toBe('stopCheck');
      }
    });
  }
});
