// The session's step against xstate's own `transition()`: the shared inert scope changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { sessionScript } from './arbitraries';
import type { Effect } from './effects';
import type { SessionEvent } from './events';
import { sessionMachine } from './machine';
import { createSession, nextWakeAt, type SessionSnapshot, step } from './step';

type Action = { type: string; params?: unknown };

function emitted(actions: readonly Action[]): Effect[] {
  return actions.flatMap((action) =>
    action.type === 'xstate.emit' ? [(action.params as { event: Effect }).event] : [],
  );
}

/** What `step` must do, written with the library's reference `transition()` (an actor per call). */
function referenceStep(snapshot: SessionSnapshot, event: SessionEvent) {
  const at = Math.max(event.at, snapshot.context.phaseStartedAt);
  let current = snapshot;
  const effects: Effect[] = [];
  const wake = nextWakeAt(snapshot);
  if (event.type !== 'TICK' && wake !== null && wake <= at) {
    const [caughtUp, actions] = transition(sessionMachine, current, { type: 'TICK', at });
    current = caughtUp;
    effects.push(...emitted(actions as Action[]));
  }
  const [next, actions] = transition(sessionMachine, current, { ...event, at });
  effects.push(...emitted(actions as Action[]));
  return { snapshot: next, effects };
}

describe('step', () => {
  it('gives the same snapshots and effects as the reference transition (1,000 random sessions)', () => {
    fc.assert(
      fc.property(sessionScript, fc.boolean(), ({ plan, commands }, mayStart) => {
        let ours = createSession(plan, mayStart);
        let theirs = ours;
        let now = 0;
        const events: SessionEvent[] = [
          { type: 'START', at: now, wallTime: '2026-11-26T09:00:00.000Z' },
          ...commands.map((c) => {
            now += c.wait;
            return { ...(c.event ?? { type: 'TICK' }), at: now } as SessionEvent;
          }),
        ];
        for (const event of events) {
          const a = step(ours, event);
          const b = referenceStep(theirs, event);
          expect(a.effects).toEqual(b.effects);
          expect(a.snapshot.value).toEqual(b.snapshot.value);
          expect(a.snapshot.status).toBe(b.snapshot.status);
          expect(a.snapshot.context).toEqual(b.snapshot.context);
          ours = a.snapshot;
          theirs = b.snapshot;
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
