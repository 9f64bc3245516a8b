// The full safety questionnaire (first use and every 30 days) and what its outcome means.

import type { Technique } from '../../domain/plan/plan';
import {
  type CheckHistory,
  fullScreeningQuestionsFor,
  type QuestionId,
  screeningVerdict,
} from '../../domain/screening';
import { FixedNamesMarked } from '../components/FixedName';
import { useT } from '../i18n/translate';
import { followUpForm } from './screening/followUpForm';
import { LastSessionNotice } from './screening/LastSessionNotice';
import { ScreeningGate, type ScreeningPass, type VerdictInput } from './screening/ScreeningGate';
import type { SectionLayout } from './screening/sections';

export type { ScreeningPass } from './screening/ScreeningGate';

export interface ScreeningProps {
  /** YYYY-MM-DD */
  today: string;
  /** Technique-specific questions are asked for this technique only; none chosen → both. */
  technique?: Technique;
  /** What earlier checks and sessions left on record (warning signs, urgent and avoid days). */
  history?: CheckHistory;
  onPass(result: ScreeningPass): void;
  /** An urgent outcome was shown: the caller keeps the day. */
  onUrgent(): void;
  /** An avoid outcome was shown: the caller keeps the day and its reasons. */
  onAvoid(reasons: QuestionId[]): void;
}

const LAYOUT: readonly SectionLayout[] = [
  { id: 'spine', questionIds: ['spinalInstability', 'weakenedBone', 'backSurgery'] },
  {
    id: 'symptoms',
    questionIds: [
      'painWorseWithStretch',
      'numbnessOrWeakness',
      'saddleNumbness',
      'bladderOrBowel',
      'sexualDysfunction',
      'legWeakness',
    ],
  },
  {
    id: 'health',
    questionIds: [
      'pregnancy',
      'cancerOrUnwell',
      'fallOrAccident',
      'steroidsOrImmunity',
      'inflammatoryArthritis',
      'aneurysmOrHernia',
      'bloodPressureHeartLung',
    ],
  },
  { id: 'position', questionIds: ['cannotLieFlat', 'ankleHoldJoints', 'pelvicBeltHipGroin'] },
];

export function Screening({
  today,
  technique,
  history = {},
  onPass,
  onUrgent,
  onAvoid,
}: ScreeningProps) {
  const t = useT();
  const form = followUpForm(
    'full',
    fullScreeningQuestionsFor(technique),
    LAYOUT,
    history.lastRedFlags,
  );
  const verdictFor = ({ answers, surgeryDate, professionalConfirmedOn }: VerdictInput) =>
    screeningVerdict({
      answers,
      surgeryDate,
      technique,
      today,
      ...history,
      professionalConfirmation: professionalConfirmedOn
        ? { confirmedOn: professionalConfirmedOn }
        : undefined,
    });
  return (
    <ScreeningGate
      title={t('screening.title')}
      intro={
        <>
          <LastSessionNotice reasons={form.reasons} />
          <p class="lead">{t('screening.intro')}</p>
          <p>
            <FixedNamesMarked text={t('screening.howToAnswer')} />
          </p>
          <p class="muted">{t('screening.privacy')}</p>
        </>
      }
      questions={form.questions}
      layout={form.layout}
      today={today}
      verdictFor={verdictFor}
      onPass={onPass}
      onUrgent={onUrgent}
      onAvoid={onAvoid}
    />
  );
}
