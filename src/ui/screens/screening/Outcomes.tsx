// The screening outcomes that stop the way to a session: urgent care, must not use, ask first.
import { useState } from 'preact/hooks';
import type { QuestionId } from '../../../domain/screening';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { FixedName } from '../../components/FixedName';
import { Notice } from '../../components/Notice';
import { Screen } from '../../components/Screen';
import { useFocusProblem } from '../../components/useFocusProblem';
import { useT } from '../../i18n/translate';
import { useFormat } from '../history/format';

interface ReasonsProps {
  heading: string;
  reasons: readonly QuestionId[];
  /** A reason that is no answer of this check, in words, listed first. */
  earlier?: string | undefined;
}

function Reasons({ heading, reasons, earlier }: ReasonsProps) {
  const t = useT();
  return (
    <section class="section" aria-labelledby="outcome-reasons">
      <h2 id="outcome-reasons">{heading}</h2>
      <ul class="reason-list">
        {earlier !== undefined && <li>{earlier}</li>}
        {reasons.map((id) => (
          <li key={id}>{t(`screening.reason.${id}`)}</li>
        ))}
      </ul>
    </section>
  );
}

/** Urgent: get care now. No way on from here. */
export function UrgentOutcome({ reasons }: { reasons: readonly QuestionId[] }) {
  const t = useT();
  return (
    <Screen title={t('screening.urgent.title')}>
      <Notice tone="urgent" title={t('screening.urgent.body')}>
        <p>{t('screening.urgent.action')}</p>
      </Notice>
      <Reasons heading={t('screening.urgent.reasonsHeading')} reasons={reasons} />
      <p class="lead">{t('screening.urgent.noSession')}</p>
    </Screen>
  );
}

/** Urgent earlier today: no session again until tomorrow, and only after a professional's check. */
export function UrgentTodayOutcome() {
  const t = useT();
  return (
    <Screen title={t('screening.urgent.title')}>
      <Notice tone="urgent" title={t('screening.urgentToday.body')}>
        <p>{t('screening.urgentToday.action')}</p>
      </Notice>
      <p class="lead">{t('screening.urgentToday.noSession')}</p>
    </Screen>
  );
}

export interface AvoidOutcomeProps {
  reasons: readonly QuestionId[];
  /** Shown again from an answer given earlier today, not from this visit's answers. */
  earlierToday?: boolean;
}

/** Avoid: traction must not be used. No override and no way to a session. */
export function AvoidOutcome({ reasons, earlierToday = false }: AvoidOutcomeProps) {
  const t = useT();
  return (
    <Screen title={t('screening.avoid.title')}>
      <Notice tone="danger" title={t('screening.avoid.body')} />
      <Reasons heading={t('screening.avoid.reasonsHeading')} reasons={reasons} />
      <p>{t('screening.avoid.professional')}</p>
      <p class="lead">{t('screening.avoid.noSession')}</p>
      {earlierToday && <p>{t('screening.avoidToday.note')}</p>}
    </Screen>
  );
}

export interface AskFirstOutcomeProps {
  reasons: readonly QuestionId[];
  /** YYYY-MM-DD of an earlier urgent day no professional has been confirmed to have checked since. */
  urgentEarlierOn?: string | undefined;
  /** Called only once the confirmation is ticked. */
  onConfirm(): void;
}

const CONFIRM_ID = 'ask-first-confirm';

/** Ask first: a professional's agreement, confirmed here, is the only way on. */
export function AskFirstOutcome({ reasons, urgentEarlierOn, onConfirm }: AskFirstOutcomeProps) {
  const t = useT();
  const format = useFormat();
  const earlier =
    urgentEarlierOn === undefined
      ? undefined
      : t('screening.askFirst.urgentEarlier', {
          date: format.calendarDay(urgentEarlierOn, 'long'),
        });
  const focusProblem = useFocusProblem();
  const [confirmed, setConfirmed] = useState(false);
  const [tried, setTried] = useState(false);
  const submit = () => {
    if (confirmed) {
      onConfirm();
      return;
    }
    setTried(true);
    focusProblem(CONFIRM_ID);
  };
  return (
    <Screen
      title={t('screening.askFirst.title')}
      actions={
        <Button variant="primary" size="large" onClick={submit}>
          <FixedName name="button.continue" />
        </Button>
      }
    >
      <Notice tone="warning" title={t('screening.askFirst.body')} />
      <Reasons
        heading={t('screening.askFirst.reasonsHeading')}
        reasons={reasons}
        earlier={earlier}
      />
      <p>{t('screening.askFirst.notYet')}</p>
      <Checkbox
        id={CONFIRM_ID}
        label={t('screening.askFirst.confirm')}
        hint={t('screening.askFirst.confirmHint')}
        checked={confirmed}
        onChange={setConfirmed}
        error={tried && !confirmed ? t('screening.askFirst.error') : undefined}
      />
    </Screen>
  );
}
