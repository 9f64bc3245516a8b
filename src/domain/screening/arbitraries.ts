// Random screenings for property tests (H1): each case is built for one intended outcome, and whether
// it may start is worked out from the question table alone, never from the verdict's own code.
import fc from 'fast-check';
import { TECHNIQUES, type Technique } from '../plan/plan';
import {
  FULL_SCREENING_QUESTIONS,
  type QuestionOutcome,
  type ScreeningQuestion,
} from './questions';
import type { ScreeningAnswers, ScreeningInput } from './verdict';

/** The day every generated screening is answered on. */
export const SCREENING_TODAY = '2026-11-26';

/** Days from SCREENING_TODAY (negative: earlier), written YYYY-MM-DD by the platform's calendar. */
function dayFromToday(offset: number): string {
  const [y, m, d] = SCREENING_TODAY.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

/** Dates no calendar has, or not written YYYY-MM-DD. */
const malformedDate = fc.constantFrom(
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '26-11-2026',
  '2026-11-26T00:00',
  '2026-1-5',
  '',
  'yesterday',
);

/**
 * A date, and how it stands to today. The six-month rule counts a surgery as recent up to and
 * including the same day six months on: 2026-05-26 (184 days back) is recent, the day before not.
 */
type DatedKind = 'today' | 'recent' | 'older' | 'future' | 'malformed';
interface Dated {
  kind: DatedKind;
  /** Days from today; undefined for a malformed date. */
  offset?: number;
  date: string;
}

function dated(kind: DatedKind, min: number, max: number): fc.Arbitrary<Dated> {
  return fc.integer({ min, max }).map((offset) => ({ kind, offset, date: dayFromToday(offset) }));
}
const malformed: fc.Arbitrary<Dated> = malformedDate.map((date) => ({ kind: 'malformed', date }));

const surgeryDate = {
  recent: dated('recent', -184, 0),
  older: dated('older', -20_000, -185),
  future: dated('future', 1, 3650),
  malformed,
};

/** A professional's agreement: today; within the 30 days a screening lasts; older; ahead; unreadable. */
const confirmation = {
  today: dated('today', 0, 0),
  recent: dated('recent', -29, -1),
  older: dated('older', -2000, -30),
  future: dated('future', 1, 400),
  malformed,
};
type ConfirmationKind = keyof typeof confirmation;

/** What each case is built to be; the gate itself is worked out by `expectedGate`. */
export const SCREENING_CLASSES = [
  'clear',
  'askFirstConfirmed',
  'askFirstUnconfirmed',
  'avoid',
  'urgent',
  /** An urgent day before today; the answers clear or ask first. */
  'urgentEarlierDay',
  /** An urgent day today, later, or unreadable: nothing answered matters. */
  'urgentToday',
  /** A yes to back surgery with a date in the future or unreadable. */
  'surgeryDateUnusable',
  /** One question of the technique's questionnaire left unanswered. */
  'unanswered',
] as const;
export type ScreeningClass = (typeof SCREENING_CLASSES)[number];

export interface ScreeningCase {
  intended: ScreeningClass;
  technique: Technique;
  answers: ScreeningAnswers;
  /** Undefined: no date entered. */
  surgery?: Dated;
  confirmation?: Dated;
  lastUrgent?: Dated;
  /** An agreement recorded before this check (the profile's), as days from today. */
  lastConfirmedOffset?: number;
}

const isDateQuestion = (q: ScreeningQuestion) => q.kind === 'date';
const askedFor = (technique: Technique) => (q: ScreeningQuestion) =>
  !q.technique || q.technique === technique;

/** The questions of one outcome asked for a technique, the surgery question apart. */
function questionsOf(outcome: QuestionOutcome, technique: Technique): ScreeningQuestion[] {
  return FULL_SCREENING_QUESTIONS.filter(
    (q) => q.outcome === outcome && !isDateQuestion(q) && askedFor(technique)(q),
  );
}

/** Yes to `yes`, no to every other question of the full questionnaire (both techniques'). */
function answered(yes: readonly ScreeningQuestion[]): ScreeningAnswers {
  return Object.fromEntries(FULL_SCREENING_QUESTIONS.map((q) => [q.id, yes.includes(q)]));
}

/** Questions only the other technique is asked: a yes there is not asked, so it changes nothing. */
function otherTechniqueYes(technique: Technique): fc.Arbitrary<ScreeningQuestion[]> {
  return fc.subarray(FULL_SCREENING_QUESTIONS.filter((q) => !askedFor(technique)(q)));
}

const SURGERY = FULL_SCREENING_QUESTIONS.find(isDateQuestion) as ScreeningQuestion;

/** One of the given kinds of date, each as likely. */
function pick<K extends DatedKind>(
  table: Record<K, fc.Arbitrary<Dated>>,
  kinds: readonly K[],
): fc.Arbitrary<Dated> {
  return fc.oneof(...kinds.map((kind): fc.Arbitrary<Dated> => table[kind]));
}

/** A surgery date whatever its kind, or none: for cases where back surgery is answered no. */
const anySurgeryDate = fc.option(pick(surgeryDate, ['recent', 'older', 'future', 'malformed']), {
  nil: undefined,
});
const anyConfirmation = fc.option(
  pick(confirmation, ['today', 'recent', 'older', 'future', 'malformed']),
  { nil: undefined },
);

function caseFor(intended: ScreeningClass, technique: Technique): fc.Arbitrary<ScreeningCase> {
  const base = { intended, technique };
  const noise = otherTechniqueYes(technique);
  const askFirst = questionsOf('askFirst', technique);
  switch (intended) {
    case 'clear':
      // Back surgery more than six months ago does not count.
      return fc
        .record({
          noise,
          surgeryYes: fc.boolean(),
          older: surgeryDate.older,
          confirmation: anyConfirmation,
        })
        .map(({ noise, surgeryYes, older, confirmation }) => ({
          ...base,
          answers: answered([...noise, ...(surgeryYes ? [SURGERY] : [])]),
          surgery: older,
          ...(confirmation ? { confirmation } : {}),
        }));
    case 'askFirstConfirmed':
    case 'askFirstUnconfirmed': {
      const kinds: ConfirmationKind[] =
        intended === 'askFirstConfirmed' ? ['today', 'recent'] : ['older', 'future', 'malformed'];
      return fc
        .record({
          yes: fc.subarray(askFirst, { minLength: 1 }),
          noise,
          surgery: anySurgeryDate,
          confirmation:
            intended === 'askFirstConfirmed'
              ? pick(confirmation, kinds)
              : fc.option(pick(confirmation, kinds), { nil: undefined }),
        })
        .map(({ yes, noise, surgery, confirmation }) => ({
          ...base,
          answers: answered([...yes, ...noise]),
          ...(surgery ? { surgery } : {}),
          ...(confirmation ? { confirmation } : {}),
        }));
    }
    case 'avoid':
      // A recent back surgery is an avoid answer like the others.
      return fc
        .record({
          yes: fc.subarray([...questionsOf('avoid', technique), SURGERY], { minLength: 1 }),
          noise,
          recent: surgeryDate.recent,
          confirmation: anyConfirmation,
        })
        .map(({ yes, noise, recent, confirmation }) => ({
          ...base,
          answers: answered([...yes, ...noise]),
          surgery: recent,
          ...(confirmation ? { confirmation } : {}),
        }));
    case 'urgent':
      return fc
        .record({
          yes: fc.subarray(questionsOf('urgent', technique), { minLength: 1 }),
          noise,
          surgery: anySurgeryDate,
          confirmation: anyConfirmation,
        })
        .map(({ yes, noise, surgery, confirmation }) => ({
          ...base,
          answers: answered([...yes, ...noise]),
          ...(surgery ? { surgery } : {}),
          ...(confirmation ? { confirmation } : {}),
        }));
    case 'urgentEarlierDay':
      return fc
        .record({
          yes: fc.subarray(askFirst),
          urgentOffset: fc.integer({ min: -60, max: -1 }),
          // Days after the urgent day an earlier agreement was recorded; at most 0 is not after it.
          confirmedAfter: fc.option(fc.integer({ min: -30, max: 60 }), { nil: undefined, freq: 2 }),
          // Often given today, the one agreement that lets this check start.
          confirmation: fc.oneof(confirmation.today, anyConfirmation),
        })
        .map(({ yes, urgentOffset, confirmedAfter, confirmation }) => {
          const lastConfirmed =
            confirmedAfter === undefined ? undefined : Math.min(urgentOffset + confirmedAfter, -1);
          return {
            ...base,
            answers: answered(yes),
            lastUrgent: { kind: 'recent', offset: urgentOffset, date: dayFromToday(urgentOffset) },
            ...(lastConfirmed === undefined ? {} : { lastConfirmedOffset: lastConfirmed }),
            ...(confirmation ? { confirmation } : {}),
          };
        });
    case 'urgentToday':
      return fc
        .record({
          yes: fc.subarray(FULL_SCREENING_QUESTIONS.filter((q) => !isDateQuestion(q))),
          lastUrgent: pick({ ...confirmation, future: dated('future', 1, 3) }, [
            'today',
            'future',
            'malformed',
          ]),
          confirmation: anyConfirmation,
        })
        .map(({ yes, lastUrgent, confirmation }) => ({
          ...base,
          answers: answered(yes),
          lastUrgent,
          ...(confirmation ? { confirmation } : {}),
        }));
    case 'surgeryDateUnusable':
      return fc
        .record({
          yes: fc.subarray(askFirst),
          surgery: pick(surgeryDate, ['future', 'malformed']),
          confirmation: anyConfirmation,
        })
        .map(({ yes, surgery, confirmation }) => ({
          ...base,
          answers: answered([...yes, SURGERY]),
          surgery,
          ...(confirmation ? { confirmation } : {}),
        }));
    case 'unanswered': {
      const asked = FULL_SCREENING_QUESTIONS.filter(askedFor(technique));
      return fc
        .record({
          left: fc.constantFrom(...asked),
          yes: fc.subarray(askFirst),
          confirmation: anyConfirmation,
        })
        .map(({ left, yes, confirmation }) => {
          const { [left.id]: _, ...answers } = answered(yes);
          return { ...base, answers, ...(confirmation ? { confirmation } : {}) };
        });
    }
  }
}

/** A screening answered to be of one class, for one technique, chosen first. */
export const screeningCase: fc.Arbitrary<ScreeningCase> = fc
  .tuple(fc.constantFrom(...SCREENING_CLASSES), fc.constantFrom(...TECHNIQUES))
  .chain(([intended, technique]) => caseFor(intended, technique));

/** The case as the full screening's verdict is asked about it. */
export function screeningInput(c: ScreeningCase): ScreeningInput {
  return {
    answers: c.answers,
    technique: c.technique,
    today: SCREENING_TODAY,
    ...(c.surgery ? { surgeryDate: c.surgery.date } : {}),
    ...(c.confirmation ? { professionalConfirmation: { confirmedOn: c.confirmation.date } } : {}),
    ...(c.lastUrgent ? { lastUrgentOn: c.lastUrgent.date } : {}),
    ...(c.lastConfirmedOffset === undefined
      ? {}
      : { lastProfessionalConfirmedOn: dayFromToday(c.lastConfirmedOffset) }),
  };
}

/** Why a case may or may not start, in SAFETY.md's words. */
export type GateReason =
  | 'urgent today'
  | 'urgent'
  | 'avoid'
  | 'unanswered'
  | 'surgery date unusable'
  | 'urgent earlier, agreed today'
  | 'urgent earlier, not agreed since'
  | 'ask first, confirmed'
  | 'ask first, not confirmed'
  | 'clear';

/**
 * Whether the full screening may start a session, from the question table and the case's dates
 * alone: SAFETY.md's screening outcomes, the six-month rule and the urgent day, read again here.
 */
export function expectedGate(c: ScreeningCase): { mayStart: boolean; reason: GateReason } {
  const urgent = c.lastUrgent;
  if (urgent && (urgent.offset === undefined || urgent.offset >= 0)) {
    return { mayStart: false, reason: 'urgent today' };
  }
  const asked = FULL_SCREENING_QUESTIONS.filter(askedFor(c.technique));
  const yes = asked.filter((q) => c.answers[q.id] === true);
  const counted = yes.filter((q) => !isDateQuestion(q) || c.surgery?.kind === 'recent');
  const has = (outcome: QuestionOutcome) => counted.some((q) => q.outcome === outcome);
  if (has('urgent')) return { mayStart: false, reason: 'urgent' };
  if (has('avoid')) return { mayStart: false, reason: 'avoid' };
  if (asked.some((q) => c.answers[q.id] === undefined)) {
    return { mayStart: false, reason: 'unanswered' };
  }
  const surgeryKind = c.surgery?.kind;
  if (yes.some(isDateQuestion) && surgeryKind !== 'recent' && surgeryKind !== 'older') {
    return { mayStart: false, reason: 'surgery date unusable' };
  }
  const agreedOn = c.confirmation?.kind;
  if (urgent) {
    // Only an agreement given after the urgent day ends its hold; one given today is after it.
    const agreedSince =
      c.lastConfirmedOffset !== undefined &&
      urgent.offset !== undefined &&
      c.lastConfirmedOffset > urgent.offset;
    if (!agreedSince) {
      return agreedOn === 'today'
        ? { mayStart: true, reason: 'urgent earlier, agreed today' }
        : { mayStart: false, reason: 'urgent earlier, not agreed since' };
    }
  }
  if (has('askFirst')) {
    return agreedOn === 'today' || agreedOn === 'recent'
      ? { mayStart: true, reason: 'ask first, confirmed' }
      : { mayStart: false, reason: 'ask first, not confirmed' };
  }
  return { mayStart: true, reason: 'clear' };
}
