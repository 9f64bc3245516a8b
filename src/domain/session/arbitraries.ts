// Random plans, receiver events and waits for property tests of the session.
import fc from 'fast-check';
import { DISCOMFORT_LOCATIONS } from '../adaptation/discomfort';
import { RATINGS } from '../adaptation/rating';
import { SECOND } from '../plan/bounds';
import { type Plan, TECHNIQUES } from '../plan/plan';
import { STOP_REASONS } from '../screening/stopReasons';
import type { UnstampedEvent } from './events';

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
  fc.record({
    type: fc.constant('RATE' as const),
    rating: fc.constantFrom(...RATINGS),
    discomfort: fc.subarray([...DISCOMFORT_LOCATIONS]),
  }),
  fc.record({
    type: fc.constant('STOP_REASON' as const),
    reason: fc.constantFrom(...STOP_REASONS),
  }),
);

/** A step of the world: time passes (the scheduler ticking on time, or the device asleep), then an event. */
export const command = fc.record({
  wait: fc.oneof(
    fc.integer({ min: 0, max: 3 * SECOND }),
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

export type Command = { wait: number; asleep: boolean; event?: UnstampedEvent | undefined };

export const commands = fc.array(command, { minLength: 1, maxLength: 60 });
