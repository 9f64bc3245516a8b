// Before the first pull: technique, plan, the agreed stop, and the Start session button.
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Plan } from '../../../domain/plan/plan';
import { Button } from '../../components/Button';
import { FixedName } from '../../components/FixedName';
import { Icon } from '../../components/Icon';
import { Screen } from '../../components/Screen';
import { useT } from '../../i18n/translate';
import type { Agreement } from '../agreement';
import { RecapWayOut } from './recapWayOut';
import { signalText } from './signal';

export interface RecapProps {
  plan: Plan;
  agreement: Agreement;
  onStart(): void;
  /** Problems already known (no voice): shown before the session begins. */
  notices?: ComponentChildren;
}

export function Recap({ plan, agreement, onStart, notices }: RecapProps) {
  const t = useT();
  const leave = useContext(RecapWayOut);
  return (
    <Screen
      title={t('live.recap.title')}
      actions={
        <>
          <Button size="large" onClick={onStart}>
            <Icon name="play" />
            <FixedName name="button.startSession" />
          </Button>
          {leave && (
            <Button variant="secondary" onClick={leave}>
              {t('live.recap.notNow')}
            </Button>
          )}
        </>
      }
    >
      <p class="lead">{t('live.recap.intro')}</p>
      {notices}
      <dl class="recap">
        <div class="recap__item">
          <dt>{t('live.recap.technique')}</dt>
          <dd>
            <FixedName name={`technique.${plan.technique}`} />
          </dd>
        </div>
        <div class="recap__item">
          <dt>{t('live.recap.plan')}</dt>
          <dd>
            {t('live.recap.planValue', {
              hold: plan.holdSeconds,
              holdMax: plan.holdMaxSeconds,
              release: plan.releaseSeconds,
              rest: plan.restSeconds,
              total: plan.totalMinutes,
            })}
          </dd>
        </div>
        <div class="recap__item">
          <dt>{t('live.recap.stop')}</dt>
          <dd>
            {t('live.recap.stopValue', {
              word: agreement.stopWord,
              signal: signalText(agreement.physicalSignal, t),
            })}
          </dd>
        </div>
      </dl>
      <p>{t('live.recap.controls')}</p>
    </Screen>
  );
}
