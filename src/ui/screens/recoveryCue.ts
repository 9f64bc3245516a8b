// The recovery screen's "Partner: release slowly now", sounded like any safety cue, where the
// browser lets it. Reopened without a tap, a browser may refuse speech and sound: the on-screen
// alert is the signal that always works, so nothing here throws or waits.
import { CUES } from '../../domain/cues/catalogue';
import { SECOND } from '../../domain/plan/bounds';
import { releaseCount } from '../../domain/session/releaseCount';
import type { Settings } from '../../domain/settings/settings';
import { effectSettingsOf, runEffects } from '../../platform/effects';
import type { Services } from '../app/services';
import type { Locale, Translate } from '../i18n/translate';

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
  const { clock, timer, cueQueue, tones, haptics, wakeLock } = services;
  const start = clock.now();
  const cancels = releaseCount(seconds, start).map(({ at, n, cue }) =>
    timer.setTimer(at, () => {
      onLeft(n);
      runEffects(
        [{ type: 'cue', cue, priority: CUES[cue].priority, scheduledAt: at }],
        {
          clock,
          cueQueue,
          tones,
          haptics,
          wakeLock,
          cueText: () => String(n),
          caption: () => undefined,
          persist: () => undefined,
          onError: (error) => console.warn('A recovery count could not sound.', error),
        },
        { ...effectSettingsOf(settings, locale), keepAwake: false },
      );
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
  const { clock, cueQueue, tones, haptics, wakeLock, speech } = services;
  try {
    speech.configure({ voiceId: settings.voiceId, rate: settings.speechRate });
  } catch {
    // The default voice says it as well.
  }
  const cue = CUES.recoveryRelease;
  runEffects(
    [{ type: 'cue', cue: cue.id, priority: cue.priority, scheduledAt: clock.now() }],
    {
      clock,
      cueQueue,
      tones,
      haptics,
      wakeLock,
      // The cue's words as the screen shows them: the cue catalogue loads with the session screens,
      // after this one.
      cueText: () => i18n.t('recovery.releaseNow'),
      caption: () => undefined,
      persist: () => undefined,
      onError: (error) => console.warn('The recovery cue could not sound.', error),
    },
    // No session runs here, so the screen is not held awake.
    { ...effectSettingsOf(settings, i18n.locale), keepAwake: false },
  );
}
