// The short "anything changed?" check before every session, with the same outcomes as screening.
import { PRE_SESSION_QUESTIONS, preSessionVerdict } from '../../domain/screening';
import { FixedNamesMarked } from '../components/FixedName';
import { useT } from '../i18n/translate';
import type { ScreeningProps } from './Screening';
import { followUpForm } from './screening/followUpForm';
import { LastSessionNotice } from './screening/LastSessionNotice';
import { ScreeningGate, type VerdictInput } from './screening/ScreeningGate';
import type { SectionLayout } from './screening/sections';

/** The same props as Screening; the technique is not needed, the check is the same for both. */
export type PreSessionCheckProps = ScreeningProps;

const LAYOUT: readonly SectionLayout[] = [
  {
    id: 'changes',
    questionIds: ['changedNumbness', 'changedPain', 'newInjury', 'newSurgery', 'newOtherOperation'],
  },
  {
    id: 'signs',
    questionIds: [
      'saddleNumbness',
      'bladderOrBowel',
      'sexualDysfunction',
      'legWeakness',
      'pregnancy',
    ],
  },
];

export function PreSessionCheck({
  today,
  history = {},
  onPass,
  onUrgent,
  onAvoid,
}: PreSessionCheckProps) {
  const t = useT();
  const form = followUpForm('preSession', PRE_SESSION_QUESTIONS, LAYOUT, history.lastRedFlags);
  const verdictFor = ({ answers, surgeryDate, professionalConfirmedOn }: VerdictInput) =>
    preSessionVerdict({
      answers,
      surgeryDate,
      today,
      ...history,
      professionalConfirmation: professionalConfirmedOn
        ? { confirmedOn: professionalConfirmedOn }
        : undefined,
    });
  return (
    <ScreeningGate
      title={t('screening.preSession.title')}
      intro={
        <>
          <LastSessionNotice reasons={form.reasons} />
          <p class="lead">{t('screening.preSession.intro')}</p>
          <p>
            <FixedNamesMarked text={t('screening.howToAnswer')} />
          </p>
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
