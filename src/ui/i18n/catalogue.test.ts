// Every language is complete (H10): the same keys as English, the same placeholders, no empty or
// copied-English words, the fixed accessible names kept, and no key left unused in the source: each
// family of keys built from a value (cue ids, question ids, phases…) holds exactly the domain's values.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISCOMFORT_LOCATIONS, type PositionSuggestion } from '../../domain/adaptation/discomfort';
import type { PlanChange, ProgressionReason } from '../../domain/adaptation/progression';
import { type ForceChange, RATINGS } from '../../domain/adaptation/rating';
import { CUES } from '../../domain/cues/catalogue';
import { TECHNIQUES } from '../../domain/plan/plan';
import type { RecordEnd } from '../../domain/record/sessionRecord';
import { QUESTION_IDS, STOP_REASONS } from '../../domain/screening';
import type { PullEventType, ReleaseReason, StopTrigger } from '../../domain/session/context';
import type { SessionPhase } from '../../domain/session/step';
import { LANGUAGES, TEXT_SIZES, THEMES } from '../../domain/settings/settings';
import { DEFAULT_STOP_WORD, PHYSICAL_SIGNAL_PRESETS } from '../screens/agreement';
import type { FieldUnit } from '../screens/settings/planDraft';
import { AREA_FILES, AREA_LOADERS, AREAS } from './areas';
import { en } from './en';
import { FIXED_KEYS } from './fixed';
import { LOCALES, type Locale } from './translate';

type Words = Record<string, string>;

const modules = import.meta.glob<Record<string, Words>>('./*/*.ts', { eager: true });

/** The leaf files, as areas.ts names them: every language's folder holds the same names. */
const LEAVES = Object.values(AREA_FILES).flat();
const OTHERS = LOCALES.filter((locale) => locale !== 'en');

/** The one object a leaf file exports. */
function leaf(locale: Locale, name: string): Words {
  const module = modules[`./${locale}/${name}.ts`];
  if (!module) throw new Error(`Missing catalogue file src/ui/i18n/${locale}/${name}.ts`);
  const exported = Object.values(module);
  if (exported.length !== 1) throw new Error(`${locale}/${name}.ts must export one object`);
  return exported[0] as Words;
}

function catalogue(locale: Locale): Words {
  return Object.assign({}, ...LEAVES.map((name) => leaf(locale, name)));
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

describe('the spoken safety words', () => {
  // PRODUCT.md: Stop or Pain → spoken "Stop — release slowly"; the partner reacts to the stop word.
  for (const locale of LOCALES) {
    it(`${locale} says the same words for Pain as for Stop`, () => {
      const words = catalogue(locale);
      expect(words['cue.painRelease']).toBe(words['cue.stopRelease']);
    });
    it(`${locale} starts them with the stop word the couple practised, "Stop" by default`, () => {
      expect(catalogue(locale)['cue.stopRelease']).toMatch(new RegExp(`^${DEFAULT_STOP_WORD}\\b`));
    });
  }
  it('in English they are "Stop — release slowly."', () => {
    expect(en['cue.stopRelease']).toBe('Stop — release slowly.');
  });
});

describe('every language has exactly the English keys', () => {
  for (const locale of OTHERS) {
    for (const name of LEAVES) {
      it(`${locale}/${name}.ts has the keys of en/${name}.ts`, () => {
        expect(Object.keys(leaf(locale, name)).sort()).toEqual(
          Object.keys(leaf('en', name)).sort(),
        );
      });
    }

    it(`${locale} has every key of the English catalogue, and no other`, () => {
      const keys = Object.keys(catalogue(locale)).sort();
      expect(keys).toEqual(Object.keys(en).sort());
      expect(keys).toHaveLength(Object.keys(en).length);
    });

    it(`${locale} loads every key by area, as English does`, async () => {
      const loaders = AREA_LOADERS[locale];
      const english = AREA_LOADERS.en;
      expect(loaders, `AREA_LOADERS has no entry for ${locale}`).toBeDefined();
      if (!loaders || !english) return;
      for (const area of AREAS) {
        const [mine, theirs] = await Promise.all([loaders[area](), english[area]()]);
        expect(Object.keys(mine).sort(), `area ${area}`).toEqual(Object.keys(theirs).sort());
      }
    });
  }

  it('the English leaf files together make the catalogue', () => {
    expect(Object.keys(catalogue('en')).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('every translation keeps its placeholders', () => {
  for (const locale of OTHERS) {
    it(`${locale} uses exactly the {placeholders} of English in each key`, () => {
      const words = catalogue(locale);
      const wrong = Object.entries(en)
        .filter(([key, text]) => {
          const translated = words[key];
          return (
            translated !== undefined &&
            placeholders(translated).join() !== placeholders(text).join()
          );
        })
        .map(([key]) => `${key}: ${words[key]}`);
      expect(wrong).toEqual([]);
    });
  }
});

describe('no words are empty', () => {
  for (const locale of LOCALES) {
    it(`${locale} has no empty value`, () => {
      const empty = Object.entries(catalogue(locale))
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });
  }
});

describe('the fixed English accessible names', () => {
  for (const locale of OTHERS) {
    it(`${locale} keeps them in English`, () => {
      const words = catalogue(locale);
      for (const key of FIXED_KEYS) expect(words[key], key).toBe(en[key]);
    });
  }
});

describe('translations are not copied English', () => {
  for (const locale of OTHERS) {
    it(`${locale} differs from English in at least 90% of the keys that are not fixed`, () => {
      const words = catalogue(locale);
      const fixed = new Set<string>(FIXED_KEYS);
      const free = Object.keys(en).filter((key) => !fixed.has(key));
      const same = free.filter((key) => words[key] === (en as Record<string, string>)[key]);
      expect(
        same.length / free.length,
        `${same.length} of ${free.length} keys are identical to English: ${same.join(', ')}`,
      ).toBeLessThanOrEqual(0.1);
    });
  }
});

// ---- every key is used somewhere in the source ----

const SRC = join(import.meta.dirname, '..', '..');
const CATALOGUE_DIRS = LOCALES.map((locale) => join(SRC, 'ui', 'i18n', locale) + sep);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    const scanned = /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name);
    return scanned && !CATALOGUE_DIRS.some((d) => path.startsWith(d)) ? [path] : [];
  });
}

/**
 * String literals, and the fixed start of each template literal (up to its first ${), read with
 * a small lexer that skips comments and follows templates nested in ${…}.
 */
function literalsIn(text: string): { whole: Set<string>; prefixes: Set<string> } {
  const whole = new Set<string>();
  const prefixes = new Set<string>();
  /** For each open brace: whether it opened a template's ${…} (true) or plain code (false). */
  const braces: boolean[] = [];
  let i = 0;

  /** Reads template text from i (just after ` or the } of a ${…}) up to its end or its next ${. */
  const readTemplate = (first: boolean): void => {
    let chunk = '';
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') {
        chunk += text.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        i += 1;
        if (first) whole.add(chunk);
        return;
      } else if (c === '$' && text[i + 1] === '{') {
        i += 2;
        if (first && /^[a-z]\w*\./i.test(chunk)) prefixes.add(chunk);
        braces.push(true);
        return;
      } else {
        chunk += c;
        i += 1;
      }
    }
  };

  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== c && text[j] !== '\n') {
        value += text[j] === '\\' ? text.slice(j, j + 2) : text[j];
        j += text[j] === '\\' ? 2 : 1;
      }
      if (text[j] === c) whole.add(value);
      i = j + 1;
    } else if (c === '`') {
      i += 1;
      readTemplate(true);
    } else if (c === '{') {
      braces.push(false);
      i += 1;
    } else if (c === '}') {
      i += 1;
      if (braces.pop()) readTemplate(false);
    } else {
      i += 1;
    }
  }
  return { whole, prefixes };
}

/** The values a type allows, listed once: the compiler fails if one is missing or extra. */
function every<T extends string>(all: Record<T, true>): T[] {
  return Object.keys(all) as T[];
}

const PHASES = every<SessionPhase>({
  idle: true,
  getReady: true,
  ramp: true,
  hold: true,
  release: true,
  rest: true,
  paused: true,
  stopCheck: true,
  stopChoice: true,
  done: true,
  ended: true,
});
const UNITS = every<FieldUnit>({ Seconds: true, Minutes: true });

/**
 * The key families the source builds from a value (t(`phase.${phase}`)), each with the domain's
 * list of those values: a family holds one key per value, no more and no fewer.
 */
const FAMILIES: Record<string, readonly string[]> = {
  'cue.': Object.keys(CUES),
  'screening.q.': QUESTION_IDS,
  'screening.reason.': QUESTION_IDS,
  'phase.': PHASES,
  // The live region says nothing before the session starts.
  'live.status.': PHASES.filter((phase) => phase !== 'idle'),
  'live.rating.': RATINGS,
  'history.rating.': RATINGS,
  'live.discomfort.': DISCOMFORT_LOCATIONS,
  'history.discomfort.': DISCOMFORT_LOCATIONS,
  'live.next.': every<ForceChange>({
    same: true,
    longer: true,
    less: true,
    more: true,
    eased: true,
  }),
  'live.position.': every<PositionSuggestion>({
    gripHigherOrPadded: true,
    switchToPelvicBelt: true,
    switchToAnkleHold: true,
    beltHigherAwayFromGroin: true,
    firmerSurface: true,
  }),
  'live.stopReason.': STOP_REASONS,
  'history.stopReason.': STOP_REASONS,
  'history.stopTrigger.': every<StopTrigger>({ stop: true, pain: true, painfulRating: true }),
  'history.event.': every<PullEventType>({
    confirmed: true,
    easeOff: true,
    stop: true,
    pain: true,
    pause: true,
    rampPrompt: true,
  }),
  'history.releaseReason.': every<ReleaseReason>({
    holdComplete: true,
    rampCap: true,
    stop: true,
    pain: true,
    pause: true,
    timeUp: true,
  }),
  'history.end.': every<RecordEnd>({
    completed: true,
    receiverEnded: true,
    redFlag: true,
    urgent: true,
    interrupted: true,
  }),
  'agreement.signal.': PHYSICAL_SIGNAL_PRESETS,
  'settings.language.': LANGUAGES,
  'settings.textSize.': TEXT_SIZES,
  'settings.theme.': THEMES,
  'settings.plan.range': UNITS,
  'settings.plan.notWhole': UNITS,
  'settings.plan.tooLow': UNITS,
  'settings.plan.tooHigh': UNITS,
  'summary.next.': every<PlanChange>({ progress: true, same: true, easier: true, gentlest: true }),
  'summary.next.reason.': every<ProgressionReason>({
    firstSession: true,
    comfortableAndNoWorse: true,
    notEnoughFeedback: true,
    painWorseAfter: true,
    pullTooStrong: true,
    endedByRedFlag: true,
    endedEarly: true,
    easedOrStopped: true,
  }),
  'technique.': TECHNIQUES,
};

function sourceLiterals(): { whole: Set<string>; prefixes: Set<string> } {
  const whole = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    const found = literalsIn(readFileSync(file, 'utf8'));
    for (const s of found.whole) whole.add(s);
    for (const p of found.prefixes) prefixes.add(p);
  }
  return { whole, prefixes };
}

describe('every key is used', () => {
  const { whole, prefixes } = sourceLiterals();
  const english = new Set(Object.keys(en));
  const built = new Set(
    Object.entries(FAMILIES).flatMap(([prefix, values]) => values.map((v) => `${prefix}${v}`)),
  );

  it('each key built from a value in the source belongs to a known family', () => {
    const unknown = [...prefixes].filter(
      (prefix) => !(prefix in FAMILIES) && [...english].some((key) => key.startsWith(prefix)),
    );
    expect(unknown, 'add these to FAMILIES with their domain values').toEqual([]);
  });

  it('each family is still built somewhere in the source', () => {
    expect(Object.keys(FAMILIES).filter((prefix) => !prefixes.has(prefix))).toEqual([]);
  });

  for (const [prefix, values] of Object.entries(FAMILIES)) {
    it(`${prefix}… has a key for each of its ${values.length} values, and no key left over`, () => {
      const missing = values.filter((value) => !english.has(`${prefix}${value}`));
      expect(missing, `missing ${prefix}keys`).toEqual([]);
      // Left over: a key under the prefix that neither a value nor a literal in the source names.
      const leftOver = [...english].filter(
        (key) => key.startsWith(prefix) && !built.has(key) && !whole.has(key),
      );
      expect(leftOver, `dead ${prefix}keys`).toEqual([]);
    });
  }

  it('each English key appears in the source as a literal or as a family member', () => {
    const unused = [...english].filter((key) => !whole.has(key) && !built.has(key));
    expect(
      unused,
      `Unused keys (not found under ${relative(process.cwd(), SRC)}): ${unused.join(', ')}`,
    ).toEqual([]);
  });
});
