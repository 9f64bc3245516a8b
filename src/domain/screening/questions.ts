// The screening question catalogue (SAFETY.md section 1) as data: each yes has exactly one outcome.
import type { Technique } from '../plan/plan';

/** What a yes to one question means; severity urgent > avoid > askFirst. */
export type QuestionOutcome = 'urgent' | 'avoid' | 'askFirst';

interface QuestionSpec {
  readonly id: string;
  readonly outcome: QuestionOutcome;
  /** Asked, and counted, only when this technique is chosen (or none is chosen yet). */
  readonly technique?: Technique;
  /** A yes also needs a date; the outcome applies only if the date is recent (six-month rule). */
  readonly kind?: 'date';
}

// The full questionnaire, in the order it is shown: SAFETY.md's avoid, urgent, ask-first lists.
// Compound items stay one question unless their parts have different outcomes.
const FULL_SPECS = [
  { id: 'spinalInstability', outcome: 'avoid' },
  { id: 'weakenedBone', outcome: 'avoid' },
  { id: 'backSurgery', outcome: 'avoid', kind: 'date' },
  { id: 'painWorseWithStretch', outcome: 'avoid' },
  { id: 'numbnessOrWeakness', outcome: 'avoid' },
  { id: 'pregnancy', outcome: 'avoid' },
  { id: 'saddleNumbness', outcome: 'urgent' },
  { id: 'bladderOrBowel', outcome: 'urgent' },
  { id: 'sexualDysfunction', outcome: 'urgent' },
  { id: 'legWeakness', outcome: 'urgent' },
  { id: 'cancerOrUnwell', outcome: 'askFirst' },
  { id: 'fallOrAccident', outcome: 'askFirst' },
  { id: 'steroidsOrImmunity', outcome: 'askFirst' },
  { id: 'inflammatoryArthritis', outcome: 'askFirst' },
  { id: 'aneurysmOrHernia', outcome: 'askFirst' },
  { id: 'bloodPressureHeartLung', outcome: 'askFirst' },
  { id: 'cannotLieFlat', outcome: 'askFirst' },
  { id: 'ankleHoldJoints', outcome: 'askFirst', technique: 'ankleHold' },
  { id: 'pelvicBeltHipGroin', outcome: 'askFirst', technique: 'pelvicBelt' },
] as const satisfies readonly QuestionSpec[];

// Asked only in the "anything changed?" check; that check also reuses full-screening questions.
const PRE_SESSION_ONLY_SPECS = [
  { id: 'changedNumbness', outcome: 'avoid' },
  { id: 'changedPain', outcome: 'avoid' },
  { id: 'newInjury', outcome: 'askFirst' },
  // newSurgery is back or spine surgery (SAFETY.md avoid #3); the id is kept as stored answers use it.
  { id: 'newSurgery', outcome: 'avoid', kind: 'date' },
  { id: 'newOtherOperation', outcome: 'askFirst' },
] as const satisfies readonly QuestionSpec[];

// Asked only as a follow-up, when the last session ended on the warning sign it names.
// A sign still there is a reason not to pull (SAFETY.md's avoid list); dizziness is not on it.
const FOLLOW_UP_ONLY_SPECS = [
  { id: 'stillSharpPain', outcome: 'avoid' },
  { id: 'stillNumbness', outcome: 'avoid' },
  { id: 'dizziness', outcome: 'askFirst' },
] as const satisfies readonly QuestionSpec[];

export type FullScreeningQuestionId = (typeof FULL_SPECS)[number]['id'];
export type PreSessionOnlyQuestionId = (typeof PRE_SESSION_ONLY_SPECS)[number]['id'];
export type FollowUpOnlyQuestionId = (typeof FOLLOW_UP_ONLY_SPECS)[number]['id'];
export type QuestionId =
  | FullScreeningQuestionId
  | PreSessionOnlyQuestionId
  | FollowUpOnlyQuestionId;

export interface ScreeningQuestion {
  readonly id: QuestionId;
  readonly outcome: QuestionOutcome;
  /** The key of the question's words in every language's catalogue. */
  readonly messageKey: `screening.q.${QuestionId}`;
  readonly technique?: Technique;
  readonly kind?: 'date';
}

function toQuestion(spec: QuestionSpec & { readonly id: QuestionId }): ScreeningQuestion {
  const question: ScreeningQuestion = {
    id: spec.id,
    outcome: spec.outcome,
    messageKey: `screening.q.${spec.id}` as const,
    ...(spec.technique ? { technique: spec.technique } : {}),
    ...(spec.kind ? { kind: spec.kind } : {}),
  };
  return Object.freeze(question);
}

/** Every question of the full questionnaire, in display order. */
export const FULL_SCREENING_QUESTIONS: readonly ScreeningQuestion[] = Object.freeze(
  FULL_SPECS.map(toQuestion),
);

/** Every question the app can ask: the full questionnaire, the pre-session-only ones, follow-ups. */
export const SCREENING_QUESTIONS: readonly ScreeningQuestion[] = Object.freeze([
  ...FULL_SCREENING_QUESTIONS,
  ...PRE_SESSION_ONLY_SPECS.map(toQuestion),
  ...FOLLOW_UP_ONLY_SPECS.map(toQuestion),
]);

export const QUESTION_IDS: readonly QuestionId[] = Object.freeze(
  SCREENING_QUESTIONS.map((question) => question.id),
);

// Built from the list above, so every id is present (a test checks this too).
const BY_ID = Object.fromEntries(
  SCREENING_QUESTIONS.map((question) => [question.id, question]),
) as Record<QuestionId, ScreeningQuestion>;

export function screeningQuestion(id: QuestionId): ScreeningQuestion {
  return BY_ID[id];
}

/**
 * The full questionnaire for a technique: questions for the other technique are left out.
 * With no technique chosen yet, both techniques' questions are asked.
 */
export function fullScreeningQuestionsFor(technique?: Technique): readonly ScreeningQuestion[] {
  return FULL_SCREENING_QUESTIONS.filter(
    (question) => !question.technique || !technique || question.technique === technique,
  );
}
