// CSV exports for spreadsheets: one row per session, or one row per pull (RFC 4180, CRLF).
import type { SessionRecord } from './sessionRecord';

type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Spreadsheets may run a cell starting with = + - @ (or a tab or CR) as a formula; an
 * apostrophe makes it text. Only free text gets this: numbers we write are never negative.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'boolean' ? (cell ? 'yes' : 'no') : String(cell);
  // A semicolon or tab is quoted too: spreadsheets in many locales split on those instead.
  return /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function table(header: readonly string[], rows: readonly Cell[][]): string {
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/**
 * A stored start in UTC, as the column's name says: a record imported from a file may hold it with
 * an offset (…T10:00:00+02:00). A start past year 9999 is written +010000-…, so it is neutralised.
 */
function utc(startedAt: string): string {
  const ms = Date.parse(startedAt);
  return neutraliseFormula(Number.isFinite(ms) ? new Date(ms).toISOString() : startedAt);
}

/**
 * The words for a stop signal: the app stores a ready-made signal by its code (twoTaps), which
 * must not stand in the column beside a couple's own words; those come back as they are.
 */
export type SignalWords = (physical: string) => string;

/** Milliseconds as seconds with one decimal: what a person reads. */
function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

export const SESSION_COLUMNS = [
  'session_id',
  'started_at_utc',
  'technique',
  'hold_seconds',
  'hold_max_seconds',
  'release_seconds',
  'rest_seconds',
  'total_minutes',
  'screening_outcome',
  'professional_confirmed_on',
  'stop_word',
  'stop_signal',
  'pain_before',
  'pain_after',
  'pulls',
  'traction_seconds',
  'longest_hold_seconds',
  'active_seconds',
  'stops',
  'red_flags',
  'end',
  'notes',
] as const;

/** One row per session. Free text (id, stop signal, notes) may come from an imported file. */
export function sessionsCsv(records: readonly SessionRecord[], signalWords: SignalWords): string {
  return table(
    SESSION_COLUMNS,
    records.map((r) => [
      neutraliseFormula(r.id),
      utc(r.startedAt),
      r.plan.technique,
      r.plan.holdSeconds,
      r.plan.holdMaxSeconds,
      r.plan.releaseSeconds,
      r.plan.restSeconds,
      r.plan.totalMinutes,
      r.screening.outcome,
      r.screening.professionalConfirmedOn,
      neutraliseFormula(r.stopSignal.word),
      neutraliseFormula(signalWords(r.stopSignal.physical)),
      r.painBefore,
      r.painAfter,
      r.totals.pulls,
      seconds(r.totals.tractionMs),
      seconds(r.totals.longestHoldMs),
      seconds(r.totals.activeMs),
      r.stops.length,
      r.redFlags.join(';'),
      r.end,
      neutraliseFormula(r.notes),
    ]),
  );
}

export const PULL_COLUMNS = [
  'session_id',
  'session_started_at_utc',
  'pull',
  'ramp_seconds',
  'confirmed',
  'target_hold_seconds',
  'hold_seconds',
  'release_seconds',
  'release_reason',
  'late_by_seconds',
  'rating',
  'discomfort',
  'events',
] as const;

/** One row per pull, in record order, each with its session's id and start. */
export function pullsCsv(records: readonly SessionRecord[]): string {
  return table(
    PULL_COLUMNS,
    records.flatMap((r) =>
      r.pulls.map((p) => [
        neutraliseFormula(r.id),
        utc(r.startedAt),
        p.index,
        seconds(p.rampMs),
        p.confirmed,
        seconds(p.targetHoldMs),
        seconds(p.holdMs),
        seconds(p.releaseMs),
        p.releaseReason,
        seconds(p.lateByMs),
        p.rating,
        p.discomfort.join(';'),
        // Event times are seconds from the start of the session, as in the record.
        p.events.map((e) => `${e.type} ${seconds(e.atMs)}s`).join(';'),
      ]),
    ),
  );
}
