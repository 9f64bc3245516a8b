// How a release is counted: its own module, as the recovery screen (in the first load) counts too.
import { type CountdownCueId, countCue } from '../cues/catalogue';
import { SECOND } from '../plan/bounds';

/** A release's count: one number a second after "release slowly" at `at`, down to "1". */
export function releaseCount(
  seconds: number,
  at: number,
): { at: number; n: number; cue: CountdownCueId }[] {
  const count: { at: number; n: number; cue: CountdownCueId }[] = [];
  for (let k = 1; k < seconds; k++) {
    const cue = countCue(seconds - k);
    if (cue) count.push({ at: at + k * SECOND, n: seconds - k, cue });
  }
  return count;
}
