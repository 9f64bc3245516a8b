// Dates, durations and counts as the chosen language writes them (not the browser's language).
import { useContext, useMemo } from 'preact/hooks';
import { I18nContext } from '../../i18n/translate';

export interface Format {
  /** A session's start with its date and time; undefined if the record has no usable time. */
  sessionDate(startedAt: string): string | undefined;
  /** A moment (ms since 1970) with its date and time. */
  dateAndTime(ms: number): string;
  /** A day (ms since 1970) without the time. */
  day(ms: number): string;
  /**
   * A stored YYYY-MM-DD day, that same day in every time zone; other text is given back as it is.
   * 'long' spells the month out, for a day inside a sentence.
   */
  calendarDay(text: string, style?: 'medium' | 'long'): string;
  /** Milliseconds as seconds with at most one decimal: "4.2" (or "4,2"). */
  seconds(ms: number): string;
  /** Milliseconds as minutes with at most one decimal: "3.5" (or "3,5"). */
  minutes(ms: number): string;
  /** A number with at most one decimal. */
  decimal(n: number): string;
  count(n: number): string;
}

/** The formats of one language ('en', 'es', 'de'). */
export function formatFor(locale: string): Format {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const dayOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  // A calendar day has no time zone: read and written at UTC midnight, it never shifts a day.
  const calendar = {
    medium: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    long: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  };
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    sessionDate(startedAt) {
      const ms = Date.parse(startedAt);
      return Number.isFinite(ms) ? dateTime.format(ms) : undefined;
    },
    dateAndTime: (ms) => dateTime.format(ms),
    day: (ms) => dayOnly.format(ms),
    calendarDay(text, style = 'medium') {
      const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
      return Number.isFinite(ms) ? calendar[style].format(ms) : text;
    },
    seconds: (ms) => oneDecimal.format(ms / 1000),
    minutes: (ms) => oneDecimal.format(ms / 60_000),
    decimal: (n) => oneDecimal.format(n),
    count: (n) => whole.format(n),
  };
}

/** The formats of the language the interface is showing. */
export function useFormat(): Format {
  const { locale } = useContext(I18nContext);
  return useMemo(() => formatFor(locale), [locale]);
}

/** English formats, as the screens write them when English is chosen (tests compare with these). */
export const { sessionDate, dateAndTime, day, calendarDay, seconds, minutes, decimal, count } =
  formatFor('en');

/** Time since the session began as minutes and two-digit seconds: { minutes: '1', seconds: '05' }. */
export function sinceStart(ms: number): { minutes: string; seconds: string } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return {
    minutes: String(Math.floor(total / 60)),
    seconds: String(total % 60).padStart(2, '0'),
  };
}
