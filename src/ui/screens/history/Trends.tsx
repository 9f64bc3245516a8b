// The Trends section: reads every stored session's facts once and shows the pain and traction charts.
import { useEffect, useState } from 'preact/hooks';
import {
  type PainPoint,
  painTrend,
  tractionByWeek,
  type UtcOffsetAt,
  type WeekTraction,
} from '../../../domain/record/trends';
import type { SessionStore } from '../../../platform/storage';
import { Notice } from '../../components/Notice';
import { problemInWords } from '../../i18n/problems';
import { useT } from '../../i18n/translate';
import { PainTrend } from './PainTrend';
import { TractionTrend } from './TractionTrend';
import { problemText } from './words';

/** The reader's own offset at each moment (not today's), so a winter week starts on its Monday. */
const localOffsetAt: UtcOffsetAt = (ms) => -new Date(ms).getTimezoneOffset();

export interface TrendsProps {
  store: SessionStore;
}

type TrendData =
  | { status: 'loading' }
  | { status: 'failed'; problem: string }
  | { status: 'ready'; pain: PainPoint[]; weeks: WeekTraction[] };

export function Trends({ store }: TrendsProps) {
  const t = useT();
  const [data, setData] = useState<TrendData>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    store.sessionFacts().then(
      (records) => {
        if (cancelled) return;
        setData({
          status: 'ready',
          pain: painTrend(records),
          weeks: tractionByWeek(records, localOffsetAt),
        });
      },
      (error: unknown) => {
        if (!cancelled) setData({ status: 'failed', problem: problemText(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store]);

  return (
    <section class="section" aria-labelledby="history-trends">
      <h2 id="history-trends">{t('history.trends.heading')}</h2>
      {data.status === 'loading' && <p class="muted">{t('history.trends.loading')}</p>}
      {data.status === 'failed' && (
        <Notice tone="danger" title={t('history.trends.loadFailed')}>
          <p>{problemInWords(data.problem, t)}</p>
        </Notice>
      )}
      {data.status === 'ready' && (
        <>
          <p class="muted">{t('history.trends.caveat')}</p>
          <PainTrend points={data.pain} />
          <TractionTrend weeks={data.weeks} />
        </>
      )}
    </section>
  );
}
