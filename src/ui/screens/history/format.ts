// Dates, durations and counts as the reader's locale writes them.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dayOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A session's start as the reader writes dates; undefined if the record has no usable time. */
export function sessionDate(startedAt: string): string | undefined {
  const ms = Date.parse(startedAt);
  return Number.isFinite(ms) ? dateTime.format(ms) : undefined;
}

/** A moment (ms since 1970) with its date and time. */
export function dateAndTime(ms: number): string {
  return dateTime.format(ms);
}

/** A day (ms since 1970) without the time. */
export function day(ms: number): string {
  return dayOnly.format(ms);
}

/** Milliseconds as seconds with at most one decimal: "4.2". */
export function seconds(ms: number): string {
  return oneDecimal.format(ms / 1000);
}

/** Milliseconds as minutes with at most one decimal: "3.5". */
export function minutes(ms: number): string {
  return oneDecimal.format(ms / 60_000);
}

/** A number with at most one decimal. */
export function decimal(n: number): string {
  return oneDecimal.format(n);
}

export function count(n: number): string {
  return whole.format(n);
}

/** Time since the session began as minutes and two-digit seconds: { minutes: '1', seconds: '05' }. */
export function sinceStart(ms: number): { minutes: string; seconds: string } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return {
    minutes: String(Math.floor(total / 60)),
    seconds: String(total % 60).padStart(2, '0'),
  };
}
