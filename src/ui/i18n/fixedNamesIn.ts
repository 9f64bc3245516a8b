// Where a translated text names a control or phase by its English name, so that name can be marked
// lang="en" and a screen reader says it in English (WCAG 3.1.2, Language of Parts).
import type { Locale } from './translate';

/** One run of a text: a fixed English name, or the words around it in the page's language. */
export interface TextPart {
  text: string;
  english: boolean;
}

/**
 * Fixed names that are also ordinary words of the language ("No" in Spanish; "Pause", "Rest" in
 * German): there they are the English name only when quoted on their own, as in «No» or „Pause“.
 */
const ORDINARY_WORDS: Record<Locale, readonly string[]> = {
  en: [],
  es: ['No'],
  de: ['Pause', 'Rest'],
};

/** Each opening quotation mark the catalogues use, with the mark that closes it. */
const QUOTES: Readonly<Record<string, string>> = {
  '«': '»',
  '»': '«',
  '„': '“',
  '“': '”',
  '"': '"',
};

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patterns = new Map<string, RegExp>();

/** The names as whole words (no letter either side), the longest first so it wins over its parts. */
function namePattern(names: readonly string[]): RegExp {
  const id = names.join('\n');
  const known = patterns.get(id);
  if (known) return known;
  const longestFirst = [...new Set(names)]
    .filter((name) => name !== '')
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    `(?<!\\p{L})(?:${longestFirst.map(escaped).join('|')})(?!\\p{L})`,
    'gu',
  );
  patterns.set(id, pattern);
  return pattern;
}

function quoted(text: string, start: number, end: number): boolean {
  const close = QUOTES[text.charAt(start - 1)];
  return close !== undefined && text.charAt(end) === close;
}

/**
 * `text` in runs, each fixed English name among `names` (the words of FIXED_KEYS) a run of its own
 * marked English. In English nothing is marked: the whole page is English already.
 */
export function fixedNamesIn(text: string, locale: Locale, names: readonly string[]): TextPart[] {
  if (locale === 'en' || names.length === 0) return text === '' ? [] : [{ text, english: false }];
  const ordinary = ORDINARY_WORDS[locale];
  const pattern = namePattern(names);
  const parts: TextPart[] = [];
  let done = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (ordinary.includes(match[0]) && !quoted(text, start, end)) continue;
    if (start > done) parts.push({ text: text.slice(done, start), english: false });
    parts.push({ text: match[0], english: true });
    done = end;
  }
  if (done < text.length) parts.push({ text: text.slice(done), english: false });
  return parts;
}
