// The recovery screen's "Partner: release slowly now" and the count after it, sounded like any
// session cue, where the browser lets it. Reopened without a tap, a browser may refuse speech and
// sound: the on-screen alert and count are the signals that always work, so nothing here throws
// or waits.
import { CUES, type CueId } from '../../domain/cues/catalogue';
import { SECOND } from '../../domain/plan/bounds';
import { releaseCount } from '../../domain/session/releaseCount';
import type { Settings } from '../../domain/settings/settings';
import { effectSettingsOf, runEffects } from '../../platform/effects';
import type { Services } from '../app/services';
import type { Locale, Translate } from '../i18n/translate';

/** One cue on every channel the settings allow, in words given here; the screen is its caption. */
function sound(
  services: Services,
  settings: Settings,
  locale: Locale,
  cue: { id: CueId; text: string; scheduledAt: number },
): void {
  const { clock, cueQueue, tones, haptics, wakeLock } = services;
  runEffects(
    [{ type: 'cue', cue: cue.id, priority: CUES[cue.id].priority, scheduledAt: cue.scheduledAt }],
    {
      clock,
      cueQueue,
      tones,
      haptics,
      wakeLock,
      cueText: () => cue.text,
      caption: () => undefined,
      persist: () => undefined,
      onError: (error) => console.warn('A recovery cue could not sound.', error),
    },
    // No session runs here, so the screen is not held awake.
    { ...effectSettingsOf(settings, locale), keepAwake: false },
  );
}

/**
 * Counts the release out, as in a session: a number each second after "release slowly now", shown
 * by `onLeft` and, where allowed, spoken (as a numeral, read in the cue's language), beeped and
 * buzzed. `onLeft(0)` when the release time is over. Returns a function that stops the count.
 */
export function countRecoveryRelease(
  services: Services,
  settings: Settings,
  locale: Locale,
  seconds: number,
  onLeft: (seconds: number) => void,
): () => void {
  const { clock, timer } = services;
  const start = clock.now();
  const cancels = releaseCount(seconds, start).map(({ at, n, cue }) =>
    timer.setTimer(at, () => {
      onLeft(n);
      sound(services, settings, locale, { id: cue, text: String(n), scheduledAt: at });
    }),
  );
  cancels.push(timer.setTimer(start + seconds * SECOND, () => onLeft(0)));
  return () => {
    for (const cancel of cancels) cancel();
  };
}

export function soundRecoveryRelease(
  services: Services,
  settings: Settings,
  i18n: { locale: Locale; t: Translate },
): void {
  try {
    services.speech.configure({ voiceId: settings.voiceId, rate: settings.speechRate });
  } catch {
    // The default voice says it as well.
  }
  sound(services, settings, i18n.locale, {
    id: 'recoveryRelease',
    // The cue's words as the screen shows them: the cue catalogue loads with the session screens,
    // after this one.
    text: i18n.t('recovery.releaseNow'),
    scheduledAt: services.clock.now(),
  });
}
