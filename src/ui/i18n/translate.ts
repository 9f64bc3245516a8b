// Looks up words by key in the chosen language, filling {placeholders}; English is the fallback.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { LANGUAGES, type Language } from '../../domain/settings/settings';
import { type Catalogue, en, type MessageKey } from './en';

export type Locale = Language;
export const LOCALES: readonly Locale[] = LANGUAGES;

const CATALOGUES: Partial<Record<Locale, Catalogue>> = { en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function createTranslator(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale] ?? en;
  return (key, params) => {
    const template = catalogue[key] ?? en[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LOCALES.find((l) => l === base);
    if (match) return match;
  }
  return 'en';
}

export const I18nContext = createContext<{ locale: Locale; t: Translate }>({
  locale: 'en',
  t: createTranslator('en'),
});

export function useT(): Translate {
  return useContext(I18nContext).t;
}
