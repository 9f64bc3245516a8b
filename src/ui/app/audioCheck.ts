// The set-up's audio check: unlock sound on this tap, a beep, then a spoken phrase — and say
// honestly whether the phrase was spoken (H9): a check that "plays" silently would mislead.
import type { Settings } from '../../domain/settings/settings';
import type { Locale, Translate } from '../i18n/translate';
import type { AudioCheckResult } from '../screens/SetupChecklist';
import type { Services } from './services';

/** Long enough for a slow engine to say one sentence; the adapter's own watchdogs end sooner. */
const SPOKEN_WITHIN_MS = 15_000;

export async function runAudioCheck(
  services: Services,
  settings: Settings,
  i18n: { locale: Locale; t: Translate },
): Promise<AudioCheckResult> {
  // Mobile browsers only allow sound that starts inside a user gesture: this call is one.
  services.speech.unlock();
  await services.tones.unlock();
  services.tones.phase();
  if (!settings.voiceOn) return { voiceFailed: false };
  // The check must use the voice and rate the session will: passing on another voice proves nothing.
  services.speech.configure({ voiceId: settings.voiceId, rate: settings.speechRate });
  try {
    await speakOnce(services, i18n.t('setup.audioCheckPhrase'), i18n.locale);
    return { voiceFailed: false };
  } catch {
    // The beep still sounded: the session can run on captions and beeps, and the user knows.
    return { voiceFailed: true };
  }
}

function speakOnce(services: Services, text: string, lang: Locale): Promise<void> {
  const id = `audio-check-${services.clock.now()}`;
  return new Promise((resolve, reject) => {
    let cancelTimer = () => {};
    const stopListening = services.speech.onEvent((event) => {
      if (event.type !== 'end' || event.id !== id) return;
      finish();
      if (event.outcome === 'spoken') resolve();
      else reject(new Error(`The audio check was not spoken (${event.outcome}).`));
    });
    function finish() {
      stopListening();
      cancelTimer();
    }
    cancelTimer = services.timer.setTimer(services.clock.now() + SPOKEN_WITHIN_MS, () => {
      finish();
      reject(new Error('The audio check was not spoken in time.'));
    });
    services.speech.speak(text, { lang, priority: 'phase', scheduledAt: services.clock.now(), id });
  });
}
