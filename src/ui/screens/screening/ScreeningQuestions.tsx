// The questions of a screening form, section by section; a yes to a date question asks the date.

import type { QuestionId, ScreeningAnswers } from '../../../domain/screening';
import { Field } from '../../components/Field';
import { YesNoQuestion } from '../../components/YesNoQuestion';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/translate';
import { dateElementId, PROBLEM_MESSAGE_KEYS, type Problem, questionElementId } from './problems';
import { SECTION_HEADING_KEYS, type Section } from './sections';

// The follow-up asked after a yes to a date question.
const DATE_LABEL_KEYS: Partial<Record<QuestionId, MessageKey>> = {
  backSurgery: 'screening.date.backSurgery',
  newSurgery: 'screening.date.newSurgery',
};

function dateLabelKey(id: QuestionId): MessageKey {
  return DATE_LABEL_KEYS[id] ?? 'screening.date.other';
}

export interface ScreeningQuestionsProps {
  sections: readonly Section[];
  answers: ScreeningAnswers;
  surgeryDate: string;
  today: string;
  /** Problems to show beside their fields (empty until the person first tries to continue). */
  problems: readonly Problem[];
  onAnswer(id: QuestionId, value: boolean): void;
  onSurgeryDate(value: string): void;
}

export function ScreeningQuestions({
  sections,
  answers,
  surgeryDate,
  today,
  problems,
  onAnswer,
  onSurgeryDate,
}: ScreeningQuestionsProps) {
  const t = useT();
  const messageFor = (id: QuestionId, field: Problem['field']) => {
    const problem = problems.find((p) => p.questionId === id && p.field === field);
    return problem ? t(PROBLEM_MESSAGE_KEYS[problem.kind]) : undefined;
  };
  return (
    <>
      {sections.map((section) => (
        <section class="section" key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{t(SECTION_HEADING_KEYS[section.id])}</h2>
          <ul class="question-list">
            {section.questions.map((question) => (
              <li key={question.id} class="card">
                <YesNoQuestion
                  id={questionElementId(question.id)}
                  name={question.id}
                  question={t(question.messageKey)}
                  value={answers[question.id]}
                  onChange={(value) => onAnswer(question.id, value)}
                  error={messageFor(question.id, 'answer')}
                />
                {question.kind === 'date' && answers[question.id] === true && (
                  <Field
                    id={dateElementId(question.id)}
                    type="date"
                    label={t(dateLabelKey(question.id))}
                    hint={t('screening.date.hint')}
                    value={surgeryDate}
                    onInput={onSurgeryDate}
                    max={today}
                    error={messageFor(question.id, 'date')}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
