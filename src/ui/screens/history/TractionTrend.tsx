// Minutes under traction per week: a bar chart, or a note while there are too few weeks.
import { useMemo } from 'preact/hooks';
import { enoughForTrend, type WeekTraction } from '../../../domain/record/trends';
import { Chart } from '../../charts/Chart';
import { ChartNumbers } from '../../charts/ChartNumbers';
import type { ChartSpec } from '../../charts/chartSpec';
import { useT } from '../../i18n/translate';
import { useFormat } from './format';
import { TooFewForTrend } from './TooFewForTrend';

const WEEK_SECONDS = 7 * 24 * 60 * 60;

export interface TractionTrendProps {
  weeks: readonly WeekTraction[];
}

export function TractionTrend({ weeks }: TractionTrendProps) {
  const t = useT();
  const { count, day, decimal } = useFormat();
  const spec = useMemo<ChartSpec>(
    () => ({
      kind: 'bars',
      x: weeks.map((w) => w.at / 1000),
      series: [
        {
          label: t('history.tractionTrend.series'),
          values: weeks.map((w) => w.minutes),
          colour: 'primary',
          line: 'solid',
        },
      ],
      yLabel: t('history.tractionTrend.axis'),
      xStep: WEEK_SECONDS,
    }),
    [weeks, t],
  );
  return (
    <section class="trend" aria-labelledby="history-traction-trend">
      <h3 id="history-traction-trend">{t('history.tractionTrend.heading')}</h3>
      {enoughForTrend(weeks.length) ? (
        <Chart spec={spec} label={t('history.tractionTrend.chart')} />
      ) : (
        <TooFewForTrend
          title={t('history.trends.tooFewWeeks')}
          detail={t('history.trends.tooFewWeeksDetail', { count: count(weeks.length) })}
        />
      )}
      {weeks.length > 0 && (
        <ChartNumbers
          summary={t('history.tractionTrend.numbers')}
          caption={t('history.tractionTrend.caption')}
          headers={[
            t('history.table.weekStarting'),
            t('history.table.minutes'),
            t('history.table.sessions'),
          ]}
          rows={() => weeks.map((w) => [day(w.at), decimal(w.minutes), count(w.sessions)])}
        />
      )}
    </section>
  );
}
