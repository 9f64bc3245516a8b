// The app's own words by key, in each language, so a test can walk the app in Spanish or German.
import { words as deBoot } from '../../src/ui/i18n/de/area.boot';
import { words as deHistory } from '../../src/ui/i18n/de/area.history';
import { words as deSession } from '../../src/ui/i18n/de/area.session';
import { words as deSettings } from '../../src/ui/i18n/de/area.settings';
import { type Catalogue, en, type MessageKey } from '../../src/ui/i18n/en';
import { words as esBoot } from '../../src/ui/i18n/es/area.boot';
import { words as esHistory } from '../../src/ui/i18n/es/area.history';
import { words as esSession } from '../../src/ui/i18n/es/area.session';
import { words as esSettings } from '../../src/ui/i18n/es/area.settings';
import type { Locale } from '../../src/ui/i18n/translate';

export type { MessageKey };

const CATALOGUES: Record<Locale, Catalogue> = {
  en,
  es: { ...esBoot, ...esSession, ...esHistory, ...esSettings },
  de: { ...deBoot, ...deSession, ...deHistory, ...deSettings },
};

/** Every word of the app in one language, by key. */
export function catalogue(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}

/** Looks a key up in one language (no placeholders filled). */
export function wordsIn(locale: Locale): (key: MessageKey) => string {
  const words = CATALOGUES[locale];
  return (key) => words[key];
}
