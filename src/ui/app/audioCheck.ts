// The set-up's audio check: unlock sound on this tap, then a spoken phrase and a beep.
import type { Settings } from '../../domain/settings/settings';
import type { Locale, Translate } from '../i18n/translate';
import type { Services } from './services';

export async function runAudioCheck(
  services: Services,
  settings: Settings,
  i18n: { locale: Locale; t: Translate },
): Promise<void> {
  // Mobile browsers only allow sound that starts inside a user gesture: this call is one.
  services.speech.unlock();
  await services.tones.unlock();
  if (settings.beeps) services.tones.phase();
  if (settings.voiceOn) {
    services.cueQueue.say({
      text: i18n.t('setup.audioCheckPhrase'),
      lang: i18n.locale,
      priority: 'phase',
      scheduledAt: services.clock.now(),
    });
  }
}
