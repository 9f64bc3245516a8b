// The short "anything changed?" check before every session (SAFETY.md "Before every session").
import { type QuestionId, type ScreeningQuestion, screeningQuestion } from './questions';

/**
 * In display order. The urgent signs are the full questionnaire's own questions, one per sign;
 * pregnancy is asked the same way as in the full questionnaire.
 */
export const PRE_SESSION_QUESTION_IDS = [
  'changedNumbness',
  'changedPain',
  'saddleNumbness',
  'bladderOrBowel',
  'sexualDysfunction',
  'legWeakness',
  'newInjury',
  'newSurgery',
  'newOtherOperation',
  'pregnancy',
] as const satisfies readonly QuestionId[];

export type PreSessionQuestionId = (typeof PRE_SESSION_QUESTION_IDS)[number];

export const PRE_SESSION_QUESTIONS: readonly ScreeningQuestion[] = Object.freeze(
  PRE_SESSION_QUESTION_IDS.map(screeningQuestion),
);
