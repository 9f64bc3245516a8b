// A check's form after the last session ended on a warning sign: its questions, layout and notice.
import {
  followUp,
  type ScreeningCheck,
  type ScreeningQuestion,
  type StopReason,
  withFollowUpQuestions,
} from '../../../domain/screening';
import { type SectionLayout, withFollowUpSection } from './sections';

export interface FollowUpForm {
  /** The warning signs to name in the notice; empty when the last session ended calmly. */
  reasons: readonly StopReason[];
  questions: readonly ScreeningQuestion[];
  layout: readonly SectionLayout[];
}

export function followUpForm(
  check: ScreeningCheck,
  questions: readonly ScreeningQuestion[],
  layout: readonly SectionLayout[],
  lastRedFlags: readonly StopReason[] = [],
): FollowUpForm {
  const { reasons, askedAgain } = followUp(check, lastRedFlags);
  return {
    reasons,
    questions: withFollowUpQuestions(check, questions, lastRedFlags),
    layout: withFollowUpSection(
      layout,
      askedAgain.map((asked) => asked.questionId),
    ),
  };
}
