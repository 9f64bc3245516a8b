// What still needs attention in a screening form: unanswered questions and unusable dates.
import {
  type QuestionId,
  type ScreeningAnswers,
  type ScreeningQuestion,
  surgeryDateStatus,
} from '../../../domain/screening';

export type ProblemKind = 'unanswered' | 'dateMissing' | 'dateInvalid' | 'dateFuture';

export interface Problem {
  questionId: QuestionId;
  /** The yes/no answer itself, or the date a yes asks for. */
  field: 'answer' | 'date';
  kind: ProblemKind;
}

export const PROBLEM_MESSAGE_KEYS = {
  unanswered: 'screening.error.unanswered',
  dateMissing: 'screening.error.dateMissing',
  dateInvalid: 'screening.error.dateInvalid',
  dateFuture: 'screening.error.dateFuture',
} as const satisfies Record<ProblemKind, string>;

function dateProblem(date: string, today: string): ProblemKind | undefined {
  if (date.trim() === '') return 'dateMissing';
  const status = surgeryDateStatus(date.trim(), today);
  if (status === 'invalid') return 'dateInvalid';
  if (status === 'future') return 'dateFuture';
  return undefined;
}

/** Every problem, in the order the questions are shown. */
export function findProblems(
  questions: readonly ScreeningQuestion[],
  answers: ScreeningAnswers,
  surgeryDate: string,
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const question of questions) {
    const answer = answers[question.id];
    if (answer === undefined) {
      problems.push({ questionId: question.id, field: 'answer', kind: 'unanswered' });
    } else if (answer && question.kind === 'date') {
      const kind = dateProblem(surgeryDate, today);
      if (kind) problems.push({ questionId: question.id, field: 'date', kind });
    }
  }
  return problems;
}

/** The DOM ids the form uses, so a problem can be focused. */
export function questionElementId(id: QuestionId): string {
  return `question-${id}`;
}

export function dateElementId(id: QuestionId): string {
  return `question-${id}-date`;
}

export function problemElementId(problem: Problem): string {
  return problem.field === 'date'
    ? dateElementId(problem.questionId)
    : questionElementId(problem.questionId);
}
