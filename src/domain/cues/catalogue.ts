// Every cue the session can emit: its priority decides what interrupts what when spoken.

/** safety interrupts everything; a phase cue waits for a safety cue; a countdown number is dropped if late. */
export type CuePriority = 'safety' | 'phase' | 'countdown';

export const CUE_PRIORITY_RANK: Record<CuePriority, number> = { safety: 3, phase: 2, countdown: 1 };

const SAFETY_CUES = [
  'stopRelease',
  'painRelease',
  'pauseRelease',
  'rampCapRelease',
  'timeUpRelease',
  'recoveryRelease',
] as const;

const PHASE_CUES = [
  'getReady',
  'rampStart',
  'rampPrompt',
  'holdStart',
  'easeOff',
  'releaseStart',
  'restStart',
  'nextPullSame',
  'nextPullLonger',
  'nextPullLess',
  'nextPullMore',
  'nextPullEased',
  'paused',
  'stopCheck',
  'stopChoice',
  'done',
  'sessionEnded',
  'redFlagEnd',
  'urgentEnd',
] as const;

const COUNTDOWN_CUES = [
  'count1',
  'count2',
  'count3',
  'count4',
  'count5',
  'count6',
  'count7',
  'count8',
  'count9',
  'count10',
] as const;

export type SafetyCueId = (typeof SAFETY_CUES)[number];
export type PhaseCueId = (typeof PHASE_CUES)[number];
export type CountdownCueId = (typeof COUNTDOWN_CUES)[number];
export type CueId = SafetyCueId | PhaseCueId | CountdownCueId;

export interface Cue {
  id: CueId;
  priority: CuePriority;
  /** The key of the words in every language's catalogue. */
  messageKey: `cue.${CueId}`;
}

function entries(ids: readonly CueId[], priority: CuePriority): [CueId, Cue][] {
  return ids.map((id) => [id, { id, priority, messageKey: `cue.${id}` }]);
}

export const CUES: Readonly<Record<CueId, Cue>> = Object.fromEntries([
  ...entries(SAFETY_CUES, 'safety'),
  ...entries(PHASE_CUES, 'phase'),
  ...entries(COUNTDOWN_CUES, 'countdown'),
]) as Record<CueId, Cue>;

export const CUE_IDS = Object.keys(CUES) as CueId[];

/** The spoken number for a countdown; counts above ten are not spoken. */
export function countCue(n: number): CountdownCueId | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 10) return undefined;
  return `count${n}` as CountdownCueId;
}
