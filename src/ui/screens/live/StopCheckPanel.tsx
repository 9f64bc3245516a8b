// After a stop: "why did you stop?" (SAFETY.md section 2), then carry on or end where that is safe.
import { useState } from 'preact/hooks';
import { nextPullGentlerAfter } from '../../../domain/adaptation/afterStop';
import type { DiscomfortLocation } from '../../../domain/adaptation/discomfort';
import type { Technique } from '../../../domain/plan/plan';
import { STOP_REASONS, type StopReason } from '../../../domain/screening/stopReasons';
import type { StopLog } from '../../../domain/session/context';
import { Button } from '../../components/Button';
import { FixedName, FixedNamesMarked } from '../../components/FixedName';
import { RadioGroup, type RadioOption } from '../../components/RadioGroup';
import { useT } from '../../i18n/translate';
import { DiscomfortChoices } from './DiscomfortChoices';
import { PositionAdvice } from './PositionAdvice';
import './panel.css';

const REASON_GROUP_ID = 'live-stop-reason';

export function StopCheckPanel({
  onReason,
}: {
  onReason(reason: StopReason, discomfort: DiscomfortLocation[]): void;
}) {
  const t = useT();
  const [reason, setReason] = useState<StopReason | undefined>(undefined);
  const [discomfort, setDiscomfort] = useState<DiscomfortLocation[]>([]);
  const [tried, setTried] = useState(false);
  const options: RadioOption<StopReason>[] = STOP_REASONS.map((value) => ({
    value,
    label: t(`live.stopReason.${value}`),
  }));
  const submit = () => {
    if (reason === undefined) {
      setTried(true);
      document.getElementById(REASON_GROUP_ID)?.querySelector('input')?.focus();
      return;
    }
    // Where it was felt is asked, and so kept, only for a stop for discomfort.
    onReason(reason, reason === 'discomfort' ? discomfort : []);
  };
  return (
    <section class="panel" aria-labelledby="live-stop-check-heading">
      <h2 id="live-stop-check-heading">{t('live.stopCheck.heading')}</h2>
      <RadioGroup<StopReason>
        id={REASON_GROUP_ID}
        legend={t('live.stopCheck.legend')}
        name="stop-reason"
        options={options}
        value={reason}
        onChange={setReason}
        error={tried && reason === undefined ? t('live.stopCheck.error') : undefined}
      />
      {reason === 'discomfort' && (
        <DiscomfortChoices chosen={discomfort} onChange={setDiscomfort} />
      )}
      <div>
        <Button size="large" onClick={submit}>
          <FixedName name="button.continue" />
        </Button>
      </div>
    </section>
  );
}

export interface StopChoicePanelProps {
  /** The stop just explained: how it was made and why decide what the screen says of the next pull. */
  stop: StopLog | undefined;
  /** The stopped pull: where it was uncomfortable (a Painful rating says), and its technique. */
  discomfort: readonly DiscomfortLocation[];
  technique: Technique;
  onCarryOn(): void;
  onEnd(): void;
}

export function StopChoicePanel({
  stop,
  discomfort,
  technique,
  onCarryOn,
  onEnd,
}: StopChoicePanelProps) {
  const t = useT();
  const reason = stop?.reason ?? null;
  return (
    <section class="panel" aria-labelledby="live-stop-choice-heading">
      <h2 id="live-stop-choice-heading">{t('live.stopChoice.heading')}</h2>
      <p>{t('live.stopChoice.intro')}</p>
      {stop !== undefined && nextPullGentlerAfter(stop) && (
        <p class="panel__lead">{t('live.stopChoice.gentler')}</p>
      )}
      {reason === 'slipped' && <p class="panel__lead">{t('live.stopChoice.slipped')}</p>}
      <PositionAdvice discomfort={discomfort} technique={technique} />
      <div class="panel__actions">
        <Button variant="secondary" size="large" onClick={onCarryOn}>
          {t('live.stopChoice.carryOn')}
        </Button>
        <Button size="large" onClick={onEnd}>
          {t('live.stopChoice.end')}
        </Button>
      </div>
    </section>
  );
}

export function PausedPanel({ onEnd }: { onEnd(): void }) {
  const t = useT();
  return (
    <section class="panel" aria-labelledby="live-paused-heading">
      <h2 id="live-paused-heading">{t('live.paused.heading')}</h2>
      <p>
        <FixedNamesMarked text={t('live.paused.intro')} />
      </p>
      <div class="panel__actions">
        <Button variant="secondary" onClick={onEnd}>
          {t('live.stopChoice.end')}
        </Button>
      </div>
    </section>
  );
}
