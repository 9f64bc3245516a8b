// After a session ended on a warning sign, the next check asks about it again (SAFETY.md section 2).
import { type QuestionId, type ScreeningQuestion, screeningQuestion } from './questions';
import { isStopReason, STOP_REASONS, type StopReason } from './stopReasons';

/** The full questionnaire (every 30 days) or the short "anything changed?" check. */
export type ScreeningCheck = 'full' | 'preSession';

type AskAgain = Readonly<Record<ScreeningCheck, readonly QuestionId[]>>;

// Every stop reason is listed, so a new one cannot be forgotten; null: the body gave no warning.
const ASK_AGAIN: Readonly<Record<StopReason, AskAgain | null>> = {
  finished: null,
  wantedToStop: null,
  discomfort: null,
  slipped: null,
  // "Started or got worse" misses a sign that simply stayed: each also asks if it is still there.
  sharpPain: {
    full: ['painWorseWithStretch', 'stillSharpPain'],
    preSession: ['changedPain', 'stillSharpPain'],
  },
  numbness: {
    full: ['numbnessOrWeakness', 'stillNumbness'],
    preSession: ['changedNumbness', 'stillNumbness'],
  },
  // Neither check asks about dizziness otherwise: it has a question of its own.
  dizziness: { full: ['dizziness'], preSession: ['dizziness'] },
  // Both checks already ask every urgent sign; naming them keeps them with the notice.
  urgentSign: {
    full: ['saddleNumbness', 'bladderOrBowel', 'sexualDysfunction', 'legWeakness'],
    preSession: ['saddleNumbness', 'bladderOrBowel', 'sexualDysfunction', 'legWeakness'],
  },
};

export interface AskedAgain {
  questionId: QuestionId;
  /** The warning sign of the last session this question follows up. */
  because: StopReason;
}

export interface FollowUp {
  /** The last session's warning signs, once each, in the order of STOP_REASONS. */
  reasons: StopReason[];
  /** The questions this check asks again, once each, with the sign behind each. */
  askedAgain: AskedAgain[];
}

/** What a check must ask again about the warning signs the last session ended with. */
export function followUp(
  check: ScreeningCheck,
  lastRedFlags: readonly StopReason[] = [],
): FollowUp {
  // Anything not a known reason (a damaged record) is ignored here; the schema rejects it earlier.
  const given = new Set(lastRedFlags.filter(isStopReason));
  const reasons = STOP_REASONS.filter((reason) => given.has(reason) && ASK_AGAIN[reason] !== null);
  const askedAgain: AskedAgain[] = [];
  for (const reason of reasons) {
    for (const questionId of ASK_AGAIN[reason]?.[check] ?? []) {
      if (!askedAgain.some((asked) => asked.questionId === questionId)) {
        askedAgain.push({ questionId, because: reason });
      }
    }
  }
  return { reasons, askedAgain };
}

/** A check's own questions, then any follow-up question it does not already ask. */
export function withFollowUpQuestions(
  check: ScreeningCheck,
  questions: readonly ScreeningQuestion[],
  lastRedFlags: readonly StopReason[] = [],
): readonly ScreeningQuestion[] {
  const extra = followUp(check, lastRedFlags)
    .askedAgain.map((asked) => asked.questionId)
    .filter((id) => !questions.some((question) => question.id === id))
    .map(screeningQuestion);
  return extra.length === 0 ? questions : Object.freeze([...questions, ...extra]);
}
