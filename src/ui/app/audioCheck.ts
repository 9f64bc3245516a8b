// The set-up's audio check: unlock sound on this tap, then exactly what a session under these
// settings will sound — a beep if beeps are on, the phrase if the voice is on, and the Stop sound
// when neither is — and say honestly whether the phrase was spoken (H9): a check that "plays"
// what the session never will would have the couple confirm the wrong thing.
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
  // Mobile browsers only allow sound that starts inside a user gesture: this call is one. The
  // Stop sound needs it even with beeps off, for the session plays it whatever they say.
  services.speech.unlock();
  await services.tones.unlock();
  if (settings.beeps) services.tones.phase();
  if (!settings.voiceOn) return withoutVoice(services, settings, false);
  // The check must use the voice and rate the session will: passing on another voice proves nothing.
  services.speech.configure({ voiceId: settings.voiceId, rate: settings.speechRate });
  try {
    await speakOnce(services, i18n.t('setup.audioCheckPhrase'), i18n.locale);
    return { sounded: settings.beeps ? 'beepAndVoice' : 'voice', voiceFailed: false };
  } catch {
    // The session will run on captions and what sounds remain, and the user is told which.
    return withoutVoice(services, settings, true);
  }
}

/** With no voice, a session sounds its beeps, or with beeps off only the Stop sound: play that. */
function withoutVoice(
  services: Services,
  settings: Settings,
  voiceFailed: boolean,
): AudioCheckResult {
  if (settings.beeps) return { sounded: 'beep', voiceFailed };
  services.tones.stop();
  return { sounded: 'stop', voiceFailed };
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
