// Words load by area and language: the first screen needs only the boot area of one language.
import type { Language } from '../../domain/settings/settings';
import type { Catalogue } from './en';
import { words as englishBoot } from './en/area.boot';

export const AREAS = ['boot', 'session', 'history', 'settings'] as const;
export type Area = (typeof AREAS)[number];

export type AreaWords = Partial<Catalogue>;
type AreaLoaders = Record<Area, () => Promise<AreaWords>>;

/** Which catalogue files make up each area (the same names in every language's folder). */
export const AREA_FILES: Record<Area, readonly string[]> = {
  boot: ['common', 'app', 'components', 'illustrations', 'welcome', 'pwa'],
  session: ['cues', 'screening', 'agreement', 'setup', 'technique', 'live', 'summary'],
  history: ['history'],
  settings: ['settings'],
};

export const AREA_LOADERS: Partial<Record<Language, AreaLoaders>> = {
  en: {
    // Bundled with the entry: English is the fallback, and no round trip delays its first paint.
    boot: () => Promise.resolve(englishBoot),
    session: () => import('./en/area.session').then((m) => m.words),
    history: () => import('./en/area.history').then((m) => m.words),
    settings: () => import('./en/area.settings').then((m) => m.words),
  },
  es: {
    boot: () => import('./es/area.boot').then((m) => m.words),
    session: () => import('./es/area.session').then((m) => m.words),
    history: () => import('./es/area.history').then((m) => m.words),
    settings: () => import('./es/area.settings').then((m) => m.words),
  },
  de: {
    boot: () => import('./de/area.boot').then((m) => m.words),
    session: () => import('./de/area.session').then((m) => m.words),
    history: () => import('./de/area.history').then((m) => m.words),
    settings: () => import('./de/area.settings').then((m) => m.words),
  },
};
