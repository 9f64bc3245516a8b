// The full safety questionnaire (first use and every 30 days) and what its outcome means.

import type { Technique } from '../../domain/plan/plan';
import { fullScreeningQuestionsFor, screeningVerdict } from '../../domain/screening';
import { useT } from '../i18n/translate';
import { ScreeningGate, type ScreeningPass, type VerdictInput } from './screening/ScreeningGate';
import type { SectionLayout } from './screening/sections';

export type { ScreeningPass } from './screening/ScreeningGate';

export interface ScreeningProps {
  /** YYYY-MM-DD */
  today: string;
  /** Technique-specific questions are asked for this technique only; none chosen → both. */
  technique?: Technique;
  onPass(result: ScreeningPass): void;
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

export function Screening({ today, technique, onPass }: ScreeningProps) {
  const t = useT();
  const verdictFor = ({ answers, surgeryDate, professionalConfirmedOn }: VerdictInput) =>
    screeningVerdict({
      answers,
      surgeryDate,
      technique,
      today,
      professionalConfirmation: professionalConfirmedOn
        ? { confirmedOn: professionalConfirmedOn }
        : undefined,
    });
  return (
    <ScreeningGate
      title={t('screening.title')}
      intro={
        <>
          <p class="lead">{t('screening.intro')}</p>
          <p>{t('screening.howToAnswer')}</p>
          <p class="muted">{t('screening.privacy')}</p>
        </>
      }
      questions={fullScreeningQuestionsFor(technique)}
      layout={LAYOUT}
      today={today}
      verdictFor={verdictFor}
      onPass={onPass}
    />
  );
}
