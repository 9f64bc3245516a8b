// Looks up words by key in the chosen language, filling {placeholders}. Words load by area on demand.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { LANGUAGES, type Language } from '../../domain/settings/settings';
import { AREA_LOADERS, type Area, type AreaWords } from './areas';
import type { MessageKey } from './en';

export type Locale = Language;
export const LOCALES: readonly Locale[] = LANGUAGES;

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const words = new Map<Locale, AreaWords>();
const loaded = new Map<Locale, Set<Area>>();
/** English words known without loading (tests register the whole catalogue). */
let fallback: AreaWords = {};

export function registerFallbackWords(all: AreaWords): void {
  fallback = all;
}

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function createTranslator(locale: Locale): Translate {
  return (key, params) => {
    const template = words.get(locale)?.[key] ?? words.get('en')?.[key] ?? fallback[key] ?? key;
    return fill(template, params);
  };
}

/** Loads the words of these areas in this language (once); English stands in for a missing one. */
export async function loadAreas(locale: Locale, areas: readonly Area[]): Promise<void> {
  const done = loaded.get(locale) ?? new Set<Area>();
  loaded.set(locale, done);
  const missing = areas.filter((area) => !done.has(area));
  if (missing.length === 0) return;
  const loaders = AREA_LOADERS[locale] ?? AREA_LOADERS.en;
  if (!loaders) return;
  const parts = await Promise.all(missing.map((area) => loaders[area]()));
  words.set(locale, Object.assign({ ...words.get(locale) }, ...parts));
  for (const area of missing) done.add(area);
}

export function areasLoaded(locale: Locale, areas: readonly Area[]): boolean {
  const done = loaded.get(locale);
  return areas.every((area) => done?.has(area));
}

/** Every area already loaded in some language, so a language switch loads the same ones. */
export function loadedAreas(): Area[] {
  const all = new Set<Area>();
  for (const areas of loaded.values()) for (const area of areas) all.add(area);
  return [...all];
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
