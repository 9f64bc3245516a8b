// The plan a session used: technique, holds, release, rest and total time.
import type { Plan } from '../../../domain/plan/plan';
import { FixedName } from '../../components/FixedName';
import { useT } from '../../i18n/translate';

export interface PlanFactsProps {
  plan: Plan;
}

export function PlanFacts({ plan }: PlanFactsProps) {
  const t = useT();
  const rows = [
    [t('history.detail.technique'), <FixedName name={`technique.${plan.technique}`} />],
    [t('history.plan.hold'), t('history.unit.seconds', { n: plan.holdSeconds })],
    [t('history.plan.holdMax'), t('history.unit.seconds', { n: plan.holdMaxSeconds })],
    [t('history.plan.release'), t('history.unit.seconds', { n: plan.releaseSeconds })],
    [t('history.plan.rest'), t('history.unit.seconds', { n: plan.restSeconds })],
    [t('history.plan.total'), t('history.unit.minutes', { n: plan.totalMinutes })],
  ] as const;
  return (
    <dl class="facts">
      {rows.map(([term, value]) => (
        <div class="facts__row" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
