// The screening gate: from answers to one outcome and whether a session may start (hazard H1).
import type { Technique } from '../plan/plan';
import { withFollowUpQuestions } from './followUp';
import { PRE_SESSION_QUESTIONS } from './preSessionCheck';
import {
  fullScreeningQuestionsFor,
  type QuestionId,
  type QuestionOutcome,
  type ScreeningQuestion,
} from './questions';
import type { StopReason } from './stopReasons';

/**
 * urgentToday / avoidToday: an urgent or avoid outcome was recorded earlier this day, so no answer
 * can start one (answering again differently is no way round SAFETY.md's "no override").
 */
export type ScreeningOutcome = 'clear' | QuestionOutcome | 'urgentToday' | 'avoidToday';

export const OUTCOME_SEVERITY: Readonly<Record<ScreeningOutcome, number>> = Object.freeze({
  clear: 0,
  askFirst: 1,
  avoid: 2,
  urgent: 3,
  // Above every answer: they are decided before any question is asked.
  avoidToday: 4,
  urgentToday: 5,
});

/** true = yes (the concern applies), false = no, missing = not answered yet. */
export type ScreeningAnswers = Partial<Record<QuestionId, boolean>>;

/** "A health professional has reviewed my situation and agreed…", with the day it was given. */
export interface ProfessionalConfirmation {
  /** YYYY-MM-DD */
  confirmedOn: string;
}

/** An avoid outcome: the local day it was shown, and the answers behind it. */
export interface AvoidDay {
  /** YYYY-MM-DD */
  on: string;
  reasons: QuestionId[];
}

/** What earlier checks and sessions left on record: both checks take it into account. */
export interface CheckHistory {
  /** The warning signs the last session ended with: their questions are asked again. */
  lastRedFlags?: readonly StopReason[];
  /** YYYY-MM-DD of the last urgent outcome or urgent sign: no session that day. */
  lastUrgentOn?: string;
  /** YYYY-MM-DD of the last professional's agreement already recorded (before this check). */
  lastProfessionalConfirmedOn?: string;
  /** The last avoid outcome: no session that day. */
  lastAvoid?: AvoidDay;
}

export interface ScreeningInput extends CheckHistory {
  answers: ScreeningAnswers;
  /** YYYY-MM-DD of the most recent back surgery; needed when backSurgery is yes. */
  surgeryDate?: string;
  /** Technique-specific questions count only for this technique; none yet → both count. */
  technique?: Technique;
  /** YYYY-MM-DD; the domain never reads the clock. */
  today: string;
  professionalConfirmation?: ProfessionalConfirmation;
}

export interface PreSessionInput extends CheckHistory {
  answers: ScreeningAnswers;
  /** YYYY-MM-DD of the most recent operation; needed when newSurgery is yes. */
  surgeryDate?: string;
  /** YYYY-MM-DD */
  today: string;
  /** Counts only if given today: a change since the last session needs a fresh review. */
  professionalConfirmation?: ProfessionalConfirmation;
}

export interface ScreeningResult {
  outcome: ScreeningOutcome;
  mayStart: boolean;
  /** The questions behind the outcome (only those of the most severe outcome), in display order. */
  reasons: QuestionId[];
  /** Questions still to answer, including a yes to a date question without a valid date. */
  unanswered: QuestionId[];
  /** Ask first, and no valid professional confirmation is recorded. */
  needsConfirmation: boolean;
  /** The earlier urgent day no professional has been confirmed to have checked since (ask first). */
  urgentEarlierOn?: string;
}

// ---- dates: plain y/m/d arithmetic on the strings given, never the clock ----

interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** A real calendar day written YYYY-MM-DD, or undefined (e.g. 2023-02-29, 2024-4-1). */
function parseIsoDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

export function isValidIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== undefined;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.y * 10000 + a.m * 100 + a.d - (b.y * 10000 + b.m * 100 + b.d);
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function dayNumber({ y, m, d }: CalendarDate): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const monthFromMarch = (m + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Calendar months later; a missing day becomes the month's last (31 Aug + 6 → 28/29 Feb). */
function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export const SURGERY_AVOID_MONTHS = 6;

/**
 * recent: on or before the day six calendar months after the surgery — exactly six months still
 * counts as within, the cautious reading; older: after that day; future or invalid: not accepted.
 */
export type SurgeryDateStatus = 'recent' | 'older' | 'future' | 'invalid';

export function surgeryDateStatus(
  surgeryDate: string | undefined,
  today: string,
): SurgeryDateStatus {
  const surgery = parseIsoDate(surgeryDate);
  const now = parseIsoDate(today);
  if (!surgery || !now) return 'invalid';
  if (compareDates(surgery, now) > 0) return 'future';
  const avoidUntil = addCalendarMonths(surgery, SURGERY_AVOID_MONTHS);
  return compareDates(now, avoidUntil) <= 0 ? 'recent' : 'older';
}

export const FULL_SCREENING_VALID_DAYS = 30;

/** Days from one date to a later one, or undefined if either is invalid or `to` is earlier. */
function daysBetween(from: string, to: string): number | undefined {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return undefined;
  const days = dayNumber(b) - dayNumber(a);
  return days >= 0 ? days : undefined;
}

/**
 * A full screening is valid for 30 days: done on day 0, due again on day 30. Never done, or a
 * date that is malformed or in the future (a damaged record), means it is due.
 */
export function fullScreeningDue(lastFullScreeningOn: string | undefined, today: string): boolean {
  if (lastFullScreeningOn === undefined) return true;
  const days = daysBetween(lastFullScreeningOn, today);
  return days === undefined || days >= FULL_SCREENING_VALID_DAYS;
}

/**
 * SAFETY.md section 1: after an urgent outcome, and after an avoid one, no session that day. Both
 * dates are local calendar days. A day after today (the clock turned back, or travel to an earlier
 * time zone) still bars, and so does a date that cannot be read: the app cannot tell it was not
 * today.
 */
export function dayBarsSession(day: string | undefined, today: string): boolean {
  if (day === undefined) return false;
  const barred = parseIsoDate(day);
  const now = parseIsoDate(today);
  return !barred || !now || compareDates(barred, now) >= 0;
}

/**
 * After an urgent day, the next session needs a health professional's agreement given on a later
 * day (SAFETY.md: urgent care first). The urgent day itself bars everything, so it is not asked.
 */
export function urgentDayNeedsCheck(
  lastUrgentOn: string | undefined,
  lastProfessionalConfirmedOn: string | undefined,
  today: string,
): boolean {
  if (lastUrgentOn === undefined || dayBarsSession(lastUrgentOn, today)) return false;
  const urgent = parseIsoDate(lastUrgentOn);
  const confirmed = parseIsoDate(lastProfessionalConfirmedOn);
  // An unreadable urgent day bars every day already (dayBarsSession), so it is read here.
  return urgent !== undefined && (!confirmed || compareDates(confirmed, urgent) <= 0);
}

// ---- verdict ----

/** Whatever the answers: an avoid outcome earlier today stands, with its reasons, all day. */
function avoidToday(reasons: readonly QuestionId[]): ScreeningResult {
  return {
    outcome: 'avoidToday',
    mayStart: false,
    reasons: [...reasons],
    unanswered: [],
    needsConfirmation: false,
  };
}

/** The day before any answer: an urgent day first, then an avoid day, else nothing. */
function barredToday(input: CheckHistory & { today: string }): ScreeningResult | undefined {
  if (dayBarsSession(input.lastUrgentOn, input.today)) return urgentToday();
  if (input.lastAvoid && dayBarsSession(input.lastAvoid.on, input.today)) {
    return avoidToday(input.lastAvoid.reasons);
  }
  return undefined;
}

/** Whatever the answers: an urgent outcome earlier today leaves nothing for them to decide. */
function urgentToday(): ScreeningResult {
  return {
    outcome: 'urgentToday',
    mayStart: false,
    reasons: [],
    unanswered: [],
    needsConfirmation: false,
  };
}

function evaluate(
  questions: readonly ScreeningQuestion[],
  answers: ScreeningAnswers,
  surgeryDate: string | undefined,
  today: string,
  confirmed: boolean,
): ScreeningResult {
  const concerns: ScreeningQuestion[] = [];
  const unanswered: QuestionId[] = [];
  for (const question of questions) {
    const answer: unknown = answers[question.id];
    // Anything but a real boolean (e.g. from damaged storage) counts as not answered.
    if (answer !== true && answer !== false) {
      unanswered.push(question.id);
    } else if (answer) {
      if (question.kind !== 'date') {
        concerns.push(question);
      } else {
        const status = surgeryDateStatus(surgeryDate, today);
        if (status === 'recent') concerns.push(question);
        // A yes without a usable date is incomplete, never quietly cleared.
        else if (status !== 'older') unanswered.push(question.id);
      }
    }
  }

  let outcome: ScreeningOutcome = 'clear';
  for (const question of concerns) {
    if (OUTCOME_SEVERITY[question.outcome] > OUTCOME_SEVERITY[outcome]) outcome = question.outcome;
  }
  const reasons = concerns
    .filter((question) => question.outcome === outcome)
    .map((question) => question.id);
  const acceptable = outcome === 'clear' || (outcome === 'askFirst' && confirmed);
  return {
    outcome,
    mayStart: unanswered.length === 0 && acceptable,
    reasons,
    unanswered,
    needsConfirmation: outcome === 'askFirst' && !confirmed,
  };
}

/**
 * An urgent day not yet followed by a professional's agreement makes any clear verdict ask first;
 * a confirmation given now (after that day) answers it, together with any ask-first answers.
 */
function withUrgentEarlier(
  result: ScreeningResult,
  input: CheckHistory & { today: string },
  confirmedNow: boolean,
): ScreeningResult {
  const { lastUrgentOn, lastProfessionalConfirmedOn, today } = input;
  if (!lastUrgentOn || !urgentDayNeedsCheck(lastUrgentOn, lastProfessionalConfirmedOn, today)) {
    return result;
  }
  if (OUTCOME_SEVERITY[result.outcome] > OUTCOME_SEVERITY.askFirst) return result;
  return {
    ...result,
    outcome: 'askFirst',
    mayStart: result.unanswered.length === 0 && confirmedNow,
    needsConfirmation: !confirmedNow,
    urgentEarlierOn: lastUrgentOn,
  };
}

/** Valid, not in the future, and given within the current screening period. */
function confirmationCounts(
  confirmation: ProfessionalConfirmation | undefined,
  today: string,
  maxAgeDays: number,
): boolean {
  if (!confirmation) return false;
  const age = daysBetween(confirmation.confirmedOn, today);
  return age !== undefined && age <= maxAgeDays;
}

/** The full questionnaire. Avoid and urgent have no override; ask first needs a confirmation. */
export function screeningVerdict(input: ScreeningInput): ScreeningResult {
  const barred = barredToday(input);
  if (barred) return barred;
  // A confirmation belongs to the screening it was given in, which lasts FULL_SCREENING_VALID_DAYS.
  const confirmed = confirmationCounts(
    input.professionalConfirmation,
    input.today,
    FULL_SCREENING_VALID_DAYS - 1,
  );
  const result = evaluate(
    withFollowUpQuestions('full', fullScreeningQuestionsFor(input.technique), input.lastRedFlags),
    input.answers,
    input.surgeryDate,
    input.today,
    confirmed,
  );
  return withUrgentEarlier(
    result,
    input,
    confirmationCounts(input.professionalConfirmation, input.today, 0),
  );
}

/** The short "anything changed?" check before every session. */
export function preSessionVerdict(input: PreSessionInput): ScreeningResult {
  const barred = barredToday(input);
  if (barred) return barred;
  const confirmed = confirmationCounts(input.professionalConfirmation, input.today, 0);
  const result = evaluate(
    withFollowUpQuestions('preSession', PRE_SESSION_QUESTIONS, input.lastRedFlags),
    input.answers,
    input.surgeryDate,
    input.today,
    confirmed,
  );
  return withUrgentEarlier(result, input, confirmed);
}
