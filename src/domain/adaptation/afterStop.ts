// SAFETY.md section 2: after which stops the next pull, if the receiver carries on, is gentler.

import { stopReasonOutcome } from '../screening/stopReasons';
import type { StopLog } from '../session/context';

/**
 * Pain means the next pull is gentler: a stop made with Pain or after a Painful rating, whatever
 * reason follows, and a stop for discomfort.
 */
export function nextPullGentlerAfter(stop: Pick<StopLog, 'trigger' | 'reason'>): boolean {
  if (stop.trigger === 'pain' || stop.trigger === 'painfulRating') return true;
  return stop.reason !== null && stopReasonOutcome(stop.reason) === 'continueGentler';
}
