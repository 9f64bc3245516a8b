// The recovery screen's "Partner: release slowly now", sounded like any safety cue, where the
// browser lets it. Reopened without a tap, a browser may refuse speech and sound: the on-screen
// alert is the signal that always works, so nothing here throws or waits.
import { CUES } from '../../domain/cues/catalogue';
import type { Settings } from '../../domain/settings/settings';
import { effectSettingsOf, runEffects } from '../../platform/effects';
import type { Services } from '../app/services';
import type { Locale, Translate } from '../i18n/translate';

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
