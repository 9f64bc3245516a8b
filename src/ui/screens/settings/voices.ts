// Which language the voice speaks, and the voices offered for it: those on the device first.
import { LANGUAGES, type Language } from '../../../domain/settings/settings';
import type { SpeechVoice } from '../../../platform/speech';

function primary(tag: string): string {
  return tag.toLowerCase().replace('_', '-').split('-')[0] ?? '';
}

function isLanguage(tag: string): tag is Language {
  return (LANGUAGES as readonly string[]).includes(tag);
}

/** The chosen language, or the first of the device's languages the app speaks; English if none. */
export function effectiveLanguage(
  chosen: Language | null,
  deviceLanguages: readonly string[],
): Language {
  if (chosen !== null) return chosen;
  for (const tag of deviceLanguages) {
    const base = primary(tag);
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function speaksLanguage(voice: SpeechVoice, language: Language): boolean {
  return primary(voice.lang) === language;
}

/** Voices of the language; on-device ones first (they work offline and start at once). */
export function voicesFor(voices: readonly SpeechVoice[], language: Language): SpeechVoice[] {
  return voices
    .filter((voice) => speaksLanguage(voice, language))
    .sort((a, b) => Number(b.local) - Number(a.local) || a.name.localeCompare(b.name));
}
