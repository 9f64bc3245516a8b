// Before the first pull: technique, plan, the agreed stop, and the Start session button.
import type { ComponentChildren } from 'preact';
import type { Plan } from '../../../domain/plan/plan';
import { Button } from '../../components/Button';
import { FixedName, FixedNamesMarked } from '../../components/FixedName';
import { Icon } from '../../components/Icon';
import { Screen } from '../../components/Screen';
import { useT } from '../../i18n/translate';
import type { Agreement } from '../agreement';
import { signalText } from './signal';

export interface RecapProps {
  plan: Plan;
  agreement: Agreement;
  onStart(): void;
  /** Back home without starting: offered only here, before the start; a session has no way out. */
  onNotNow(): void;
  /** Problems already known (no voice): shown before the session begins. */
  notices?: ComponentChildren;
}

export function Recap({ plan, agreement, onStart, onNotNow, notices }: RecapProps) {
  const t = useT();
  return (
    <Screen
      title={t('live.recap.title')}
      actions={
        <>
          <Button size="large" onClick={onStart}>
            <Icon name="play" />
            <FixedName name="button.startSession" />
          </Button>
          <Button variant="secondary" onClick={onNotNow}>
            {t('live.recap.notNow')}
          </Button>
        </>
      }
    >
      <p class="lead">
        <FixedNamesMarked text={t('live.recap.intro')} />
      </p>
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
      <p>
        <FixedNamesMarked text={t('live.recap.controls')} />
      </p>
    </Screen>
  );
}
