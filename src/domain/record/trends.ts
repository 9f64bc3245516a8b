// Data for the History charts: pain before and after each session, time under traction per week.

/** Fewer points than this make a line that looks like a trend but is not one. */
export function enoughForTrend(n: number): boolean {
  return n >= 3;
}

export interface PainPoint {
  sessionId: string;
  /** The session's start, ms since 1970 (uPlot wants seconds: divide by 1000). */
  at: number;
  before: number | null;
  after: number | null;
}

/**
 * The few facts of a session the trends need. A whole record is one too; storage keeps these
 * apart as well, so years of sessions chart without reading every pull.
 */
export interface SessionFacts {
  id: string;
  startedAt: string;
  painBefore: number | null;
  painAfter: number | null;
  totals: { tractionMs: number };
}

/** A record's facts, copied out (nothing else of the record is kept). */
export function factsOf(record: SessionFacts): SessionFacts {
  return {
    id: record.id,
    startedAt: record.startedAt,
    painBefore: record.painBefore,
    painAfter: record.painAfter,
    totals: { tractionMs: record.totals.tractionMs },
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

function startMs(record: SessionFacts): number | undefined {
  const ms = Date.parse(record.startedAt);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Sessions with at least one pain rating, oldest first; a missing rating stays null (a gap). */
export function painTrend(records: readonly SessionFacts[]): PainPoint[] {
  const points: PainPoint[] = [];
  for (const record of records) {
    const at = startMs(record);
    if (at === undefined || (record.painBefore === null && record.painAfter === null)) continue;
    points.push({ sessionId: record.id, at, before: record.painBefore, after: record.painAfter });
  }
  return points.sort((a, b) => a.at - b.at || (a.sessionId < b.sessionId ? -1 : 1));
}

export interface WeekTraction {
  /** ISO 8601 week, e.g. 2024-W05. */
  week: string;
  /** The Monday the week starts on, YYYY-MM-DD. */
  weekStart: string;
  /** That Monday at 00:00 local time, ms since 1970: the x of the bar. */
  at: number;
  /** Minutes under traction (lean-back to end of release), one decimal. */
  minutes: number;
  sessions: number;
}

/**
 * Minutes east of UTC in force at a moment (e.g. 120 for Berlin in summer). The domain has no time
 * zone, so the caller passes its own; one fixed offset would put DST-side weeks an hour off.
 */
export type UtcOffsetAt = (ms: number) => number;

const MINUTE_MS = 60_000;

/** The instant a local wall-clock time happens: its offset is read there, not at the session. */
function instantOf(local: number, offsetAt: UtcOffsetAt): number {
  const guess = local - offsetAt(local) * MINUTE_MS;
  return local - offsetAt(guess) * MINUTE_MS;
}

/** The ISO week of a moment, read on its own local date. */
function isoWeek(ms: number, offsetAt: UtcOffsetAt) {
  const local = ms + offsetAt(ms) * MINUTE_MS;
  const dayStart = Math.floor(local / DAY_MS) * DAY_MS;
  const weekday = (new Date(dayStart).getUTCDay() + 6) % 7; // Monday = 0
  const monday = dayStart - weekday * DAY_MS;
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return {
    week: `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`,
    weekStart: new Date(monday).toISOString().slice(0, 10),
    at: instantOf(monday, offsetAt),
  };
}

const utc: UtcOffsetAt = () => 0;

/**
 * Minutes under traction per ISO week, oldest first. Weeks without a session are absent: on a
 * time axis they show as gaps. The domain has no clock or time zone, so the caller passes the
 * offset in force at each moment (e.g. (ms) => -new Date(ms).getTimezoneOffset()); UTC if none.
 */
export function tractionByWeek(
  records: readonly SessionFacts[],
  offsetAt: UtcOffsetAt = utc,
): WeekTraction[] {
  const weeks = new Map<string, WeekTraction & { ms: number }>();
  for (const record of records) {
    const at = startMs(record);
    if (at === undefined) continue;
    const key = isoWeek(at, offsetAt);
    const entry = weeks.get(key.week) ?? { ...key, minutes: 0, sessions: 0, ms: 0 };
    entry.ms += record.totals.tractionMs;
    entry.sessions += 1;
    weeks.set(key.week, entry);
  }
  return [...weeks.values()]
    .sort((a, b) => a.at - b.at)
    .map(({ ms, ...week }) => ({ ...week, minutes: Math.round(ms / 6000) / 10 }));
}
