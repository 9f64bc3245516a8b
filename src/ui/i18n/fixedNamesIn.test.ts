// The fixed English names found inside Spanish and German text, so each can be marked lang="en".
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { FIXED_KEYS } from './fixed';
import { fixedNamesIn } from './fixedNamesIn';
import type { Locale } from './translate';

const NAMES = FIXED_KEYS.map((key) => en[key]);

/** The runs marked English, in order. */
function english(text: string, locale: Locale): string[] {
  return fixedNamesIn(text, locale, NAMES)
    .filter((part) => part.english)
    .map((part) => part.text);
}

describe('fixedNamesIn', () => {
  it('splits a text into runs that join back to it, the names on their own', () => {
    const text = 'Quien recibe pulsa «Start session» (empezar la sesión) y listo.';
    expect(fixedNamesIn(text, 'es', NAMES)).toEqual([
      { text: 'Quien recibe pulsa «', english: false },
      { text: 'Start session', english: true },
      { text: '» (empezar la sesión) y listo.', english: false },
    ]);
  });

  it('finds every fixed name, quoted or not, in Spanish and German', () => {
    expect(english('Stop. Suelta despacio.', 'es')).toEqual(['Stop']);
    expect(english('Stop. Langsam lösen.', 'de')).toEqual(['Stop']);
    expect(
      english(
        '(Too gentle: demasiado suave · Just right: en su punto · Too strong: demasiado fuerte · Painful: con dolor)',
        'es',
      ),
    ).toEqual(['Too gentle', 'Just right', 'Too strong', 'Painful']);
    expect(english('Tippen Sie auf „Resume“ (Fortsetzen).', 'de')).toEqual(['Resume']);
  });

  it('takes the longest name first, so a name is not split into the shorter ones inside it', () => {
    expect(english('«Gentle pull — hold here» confirma; «Stopped» no es «Stop».', 'es')).toEqual([
      'Gentle pull — hold here',
      'Stopped',
      'Stop',
    ]);
    expect(
      fixedNamesIn('Mit „Gentle pull — hold here“ bestätigt', 'de', NAMES).map((p) => p.text),
    ).toEqual(['Mit „', 'Gentle pull — hold here', '“ bestätigt']);
  });

  it('matches whole words only: no letter right before or after the name', () => {
    expect(english('Stopp, Stops, Ramped, Holder, Donde, Restos', 'de')).toEqual([]);
    expect(english('Stopp, Stops, Ramped, Holder, Donde, Restos', 'es')).toEqual([]);
    // A hyphen, a quotation mark or a full stop is no letter.
    expect(english('die „Stop“-Taste', 'de')).toEqual(['Stop']);
    expect(english('«Hold».', 'es')).toEqual(['Hold']);
  });

  it('is case-sensitive: the ordinary lowercase word is not the name', () => {
    expect(english('Tractus es una guía, no un tratamiento. stop, hold, done', 'es')).toEqual([]);
  });

  it('in Spanish, "No" is a name only inside quotation marks', () => {
    expect(english('No uses la tracción. No se pudo guardar.', 'es')).toEqual([]);
    expect(english('Responde «Yes» o «No».', 'es')).toEqual(['Yes', 'No']);
    expect(english('Responde "No" si no.', 'es')).toEqual(['No']);
    // An open quotation that goes on is Spanish words, not the name.
    expect(english('«No uses la tracción»', 'es')).toEqual([]);
  });

  it('in German, "Pause" and "Rest" are names only inside quotation marks', () => {
    expect(english('Pause. Langsam lösen. Der Rest der Sitzung, eine Pause.', 'de')).toEqual([]);
    expect(english('„Pause“ wurde gedrückt, „Rest“ beginnt, »Pause« auch.', 'de')).toEqual([
      'Pause',
      'Rest',
      'Pause',
    ]);
    // In German "No" is no German word: it counts unquoted.
    expect(english('No: nein', 'de')).toEqual(['No']);
    // In Spanish "Pause" is no Spanish word.
    expect(english('Se pulsó Pause', 'es')).toEqual(['Pause']);
  });

  it('in English nothing is marked: the page is English already', () => {
    const text = 'Press Stop, then Pause. No. "Gentle pull — hold here"';
    expect(fixedNamesIn(text, 'en', NAMES)).toEqual([{ text, english: false }]);
  });

  it('gives no runs for no text, and the text whole when it names nothing', () => {
    expect(fixedNamesIn('', 'es', NAMES)).toEqual([]);
    expect(fixedNamesIn('Tracción 1 de unas 8', 'es', NAMES)).toEqual([
      { text: 'Tracción 1 de unas 8', english: false },
    ]);
  });
});
