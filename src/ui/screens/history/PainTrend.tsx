// Pain before and after each session: a line chart, or a note while there are too few sessions.
import { useMemo } from 'preact/hooks';
import { enoughForTrend, type PainPoint } from '../../../domain/record/trends';
import { Chart } from '../../charts/Chart';
import { ChartNumbers } from '../../charts/ChartNumbers';
import type { ChartSpec } from '../../charts/chartSpec';
import { useT } from '../../i18n/translate';
import { useFormat } from './format';
import { TooFewForTrend } from './TooFewForTrend';

export interface PainTrendProps {
  points: readonly PainPoint[];
}

export function PainTrend({ points }: PainTrendProps) {
  const t = useT();
  const { count, dateAndTime } = useFormat();
  const spec = useMemo<ChartSpec>(
    () => ({
      kind: 'line',
      x: points.map((p) => p.at / 1000),
      series: [
        {
          label: t('history.painTrend.before'),
          values: points.map((p) => p.before),
          colour: 'muted',
          line: 'dashed',
        },
        {
          label: t('history.painTrend.after'),
          values: points.map((p) => p.after),
          colour: 'primary',
          line: 'solid',
        },
      ],
      yLabel: t('history.painTrend.axis'),
      yRange: [0, 10],
    }),
    [points, t],
  );
  const none = t('history.pain.none');
  return (
    <section class="trend" aria-labelledby="history-pain-trend">
      <h3 id="history-pain-trend">{t('history.painTrend.heading')}</h3>
      {enoughForTrend(points.length) ? (
        <Chart spec={spec} label={t('history.painTrend.chart')} />
      ) : (
        <TooFewForTrend
          title={t('history.trends.tooFew')}
          detail={t('history.trends.tooFewDetail', { count: count(points.length) })}
        />
      )}
      {points.length > 0 && (
        <ChartNumbers
          summary={t('history.painTrend.numbers')}
          caption={t('history.painTrend.caption')}
          headers={[
            t('history.table.date'),
            t('history.painTrend.before'),
            t('history.painTrend.after'),
          ]}
          rows={() =>
            points.map((p) => [
              dateAndTime(p.at),
              p.before === null ? none : String(p.before),
              p.after === null ? none : String(p.after),
            ])
          }
        />
      )}
    </section>
  );
}
