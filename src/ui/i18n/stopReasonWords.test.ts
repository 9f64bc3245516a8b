// The stop check's options carry safety (SAFETY.md section 2): the urgent option names every
// urgent sign, so a receiver with one of them never picks a milder option for want of its words,
// and History names each reason in the very words the receiver chose it by.
import { describe, expect, it } from 'vitest';
import { STOP_REASONS } from '../../domain/screening';
import { history as deHistory } from './de/history';
import { live as deLive } from './de/live';
import { history as enHistory } from './en/history';
import { live as enLive } from './en/live';
import { history as esHistory } from './es/history';
import { live as esLive } from './es/live';
import type { Locale } from './translate';

const WORDS: Record<Locale, { live: Record<string, string>; history: Record<string, string> }> = {
  en: { live: enLive, history: enHistory },
  es: { live: esLive, history: esHistory },
  de: { live: deLive, history: deHistory },
};

/** SAFETY.md's urgent signs, one pattern each: saddle numbness, urine, bladder or bowel control,
 * both legs, worsening leg weakness, new sexual dysfunction. */
const URGENT_SIGNS: Record<Locale, readonly RegExp[]> = {
  en: [
    /genitals, buttocks or inner thighs/,
    /passing urine/,
    /bladder or bowels/,
    /both legs/,
    /leg weakness that is getting worse/,
    /sexual/,
  ],
  es: [
    /genitales, las nalgas o la cara interna de los muslos/,
    /orinar/,
    /vejiga o del intestino/,
    /ambas piernas/,
    /debilidad en una pierna que va a peor/,
    /sexuales/,
  ],
  de: [
    /Genitalien, des Gesäßes oder der Innenseite der Oberschenkel/,
    /Wasserlassen/,
    /Blase oder Darm/,
    /beiden Beinen/,
    /Schwäche in einem Bein, die stärker wird/,
    /Sexualfunktion/,
  ],
};

describe('the urgent stop option', () => {
  for (const [locale, signs] of Object.entries(URGENT_SIGNS)) {
    it(`names every urgent sign of SAFETY.md in ${locale}`, () => {
      const option = WORDS[locale as Locale].live['live.stopReason.urgentSign'];
      for (const sign of signs) expect(option, String(sign)).toMatch(sign);
    });
  }
});

describe('History names a stop reason as the stop check offered it', () => {
  for (const [locale, words] of Object.entries(WORDS)) {
    it(`in ${locale}`, () => {
      for (const reason of STOP_REASONS) {
        expect(words.history[`history.stopReason.${reason}`], reason).toBe(
          words.live[`live.stopReason.${reason}`],
        );
      }
    });
  }
});
