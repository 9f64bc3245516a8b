// Carries out the session's effects: every cue on every enabled channel, wake lock and saving.
import type { CueId, CuePriority, PhaseCueId } from '../domain/cues/catalogue';
import type { Effect } from '../domain/session/effects';
import type { SessionPhase } from '../domain/session/step';
import type { Settings } from '../domain/settings/settings';
import type { Clock } from './clock';
import { COUNTDOWN_LATE_TOLERANCE_MS, type CueQueue, type SpokenCue } from './cueQueue';
import type { Haptics, VibrationPattern } from './haptics';
import type { Tones } from './tones';
import type { WakeLock } from './wakeLock';

export interface Caption {
  cue: CueId;
  text: string;
  priority: CuePriority;
  scheduledAt: number;
}

/** One cue as carried out: when it was due, and when its channels began and finished (clock ms). */
export interface CueRun {
  cue: CueId;
  priority: CuePriority;
  scheduledAt: number;
  startedAt: number;
  doneAt: number;
}

export interface EffectPorts {
  clock: Clock;
  cueQueue: CueQueue;
  tones: Tones;
  haptics: Haptics;
  wakeLock: WakeLock;
  /** The words of a cue in the current language (i18n lives in the UI). */
  cueText(cue: CueId): string;
  /** Shows the cue on screen; captions are shown whatever the other settings say. */
  caption(caption: Caption): void;
  /** Saves the session record; a rejection goes to `onError`, never into silence. */
  persist(): void | Promise<void>;
  /** Where a failing effect is reported; console.error when absent. */
  onError?(error: unknown, effect: Effect): void;
  /** Told of every cue once carried out, so timing can be measured (benchmarks). */
  onCueRun?(run: CueRun): void;
}

export interface EffectSettings {
  /** BCP 47 language the cue texts are in. */
  lang: string;
  voice: boolean;
  /** The beeps of phase cues and counts; a safety cue makes its Stop sound whatever this says. */
  beeps: boolean;
  vibration: boolean;
  keepAwake: boolean;
}

/** The channels the user's settings allow, for cues in `lang`. */
export function effectSettingsOf(settings: Settings, lang: string): EffectSettings {
  return {
    lang,
    voice: settings.voiceOn,
    beeps: settings.beeps,
    vibration: settings.vibration,
    keepAwake: settings.keepScreenAwake,
  };
}

/** Stop is long and insistent; a phase change one clear buzz; a count a tap. */
export const HAPTIC_PATTERNS: Readonly<Record<CuePriority, VibrationPattern>> = {
  safety: [300, 100, 300, 100, 300],
  phase: 150,
  countdown: 40,
};

const TONE_FOR: Readonly<Record<CuePriority, 'stop' | 'phase' | 'countdown'>> = {
  safety: 'stop',
  phase: 'phase',
  countdown: 'countdown',
};

/**
 * The phase each phase cue speaks for, and whether it opens it, so that speech moves on with the
 * session. Ease-off belongs to the hold it settles into, even when pressed during the ramp.
 */
const CUE_PHASES: Readonly<Record<PhaseCueId, { name: SessionPhase; opens: boolean }>> = {
  getReady: { name: 'getReady', opens: true },
  rampStart: { name: 'ramp', opens: true },
  rampPrompt: { name: 'ramp', opens: false },
  holdStart: { name: 'hold', opens: true },
  easeOff: { name: 'hold', opens: false },
  releaseStart: { name: 'release', opens: true },
  restStart: { name: 'rest', opens: true },
  // Advice for the next pull: "Get ready" waits for it rather than cutting it off.
  nextPullSame: { name: 'getReady', opens: false },
  nextPullLonger: { name: 'getReady', opens: false },
  nextPullLess: { name: 'getReady', opens: false },
  nextPullMore: { name: 'getReady', opens: false },
  nextPullEased: { name: 'getReady', opens: false },
  paused: { name: 'paused', opens: true },
  stopCheck: { name: 'stopCheck', opens: true },
  stopChoice: { name: 'stopChoice', opens: true },
  done: { name: 'done', opens: true },
  sessionEnded: { name: 'done', opens: true },
  redFlagEnd: { name: 'ended', opens: true },
  urgentEnd: { name: 'ended', opens: true },
};

/** Every safety cue starts a release; a countdown number counts for the phase opened last. */
export function phaseSpokenFor(effect: Extract<Effect, { type: 'cue' }>): SpokenCue['phase'] {
  if (effect.priority === 'safety') return { name: 'release', opens: true };
  if (effect.priority === 'countdown') return undefined;
  return CUE_PHASES[effect.cue as PhaseCueId];
}

function report(ports: EffectPorts, error: unknown, effect: Effect): void {
  if (ports.onError) ports.onError(error, effect);
  else console.error('A session effect failed.', error);
}

/** Runs one channel; a failing channel must not silence the others (the caption above all). */
function attempt(ports: EffectPorts, effect: Effect, run: () => unknown): void {
  try {
    const result = run();
    if (result instanceof Promise) result.catch((error: unknown) => report(ports, error, effect));
  } catch (error) {
    report(ports, error, effect);
  }
}

function runCue(
  effect: Extract<Effect, { type: 'cue' }>,
  ports: EffectPorts,
  settings: EffectSettings,
): void {
  const startedAt = ports.clock.now();
  runCueChannels(effect, ports, settings);
  ports.onCueRun?.({
    cue: effect.cue,
    priority: effect.priority,
    scheduledAt: effect.scheduledAt,
    startedAt,
    doneAt: ports.clock.now(),
  });
}

function runCueChannels(
  effect: Extract<Effect, { type: 'cue' }>,
  ports: EffectPorts,
  settings: EffectSettings,
): void {
  const text = ports.cueText(effect.cue);
  const { priority, scheduledAt } = effect;
  attempt(ports, effect, () => ports.caption({ cue: effect.cue, text, priority, scheduledAt }));
  if (settings.voice) {
    attempt(ports, effect, () =>
      ports.cueQueue.say({
        text,
        lang: settings.lang,
        priority,
        scheduledAt,
        phase: phaseSpokenFor(effect),
      }),
    );
  }
  // A late count (the device slept, then caught up) would beep out the wrong time, or several
  // at once; like its spoken number it is left out.
  const late = ports.clock.now() > scheduledAt + COUNTDOWN_LATE_TOLERANCE_MS;
  if (priority === 'countdown' && late) return;
  if (soundsTone(priority, settings)) {
    attempt(ports, effect, () => ports.tones[TONE_FOR[priority]]());
  }
  if (settings.vibration) {
    attempt(ports, effect, () => ports.haptics.pulse(HAPTIC_PATTERNS[priority]));
  }
}

/**
 * Whether a cue makes its sound. Stop and every release after it always do (H9): the partner's
 * hands and eyes are busy, and with speech and beeps off a stop would otherwise be silent.
 */
export function soundsTone(
  priority: CuePriority,
  settings: Pick<EffectSettings, 'beeps'>,
): boolean {
  return priority === 'safety' || settings.beeps;
}

/** Cues first, in the domain's order: they are what the two people are waiting for. */
export function runEffects(
  effects: readonly Effect[],
  ports: EffectPorts,
  settings: EffectSettings,
): void {
  for (const effect of effects) {
    if (effect.type === 'cue') runCue(effect, ports, settings);
  }
  for (const effect of effects) {
    switch (effect.type) {
      case 'cue':
        break;
      case 'wakeLock':
        if (effect.on && settings.keepAwake) attempt(ports, effect, () => ports.wakeLock.acquire());
        else if (!effect.on) attempt(ports, effect, () => ports.wakeLock.release());
        break;
      case 'persist':
        attempt(ports, effect, () => ports.persist());
        break;
    }
  }
}
