// One stored session in full: summary, the plan used, each pull, stops, warning signs and notes.
import { useEffect, useState } from 'preact/hooks';
import type { SessionRecord } from '../../../domain/record/sessionRecord';
import type { SessionStore } from '../../../platform/storage';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Screen } from '../../components/Screen';
import { problemInWords } from '../../i18n/problems';
import { useT } from '../../i18n/translate';
import { useFormat } from './format';
import { PlanFacts } from './PlanFacts';
import { PullDetails } from './PullDetails';
import { SessionSummary } from './SessionSummary';
import { StopList } from './StopList';
import { problemText } from './words';
import './history.css';

export interface SessionDetailProps {
  store: SessionStore;
  id: string;
  onBack(): void;
}

type Loaded =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; problem: string }
  | { status: 'ready'; record: SessionRecord };

function RecordSections({ record }: { record: SessionRecord }) {
  const t = useT();
  return (
    <>
      <SessionSummary record={record} />
      <section class="section" aria-labelledby="detail-plan">
        <h2 id="detail-plan">{t('history.detail.plan')}</h2>
        <PlanFacts plan={record.plan} />
      </section>
      <section class="section" aria-labelledby="detail-pulls">
        <h2 id="detail-pulls">{t('history.detail.pulls')}</h2>
        {record.pulls.length === 0 ? (
          <p>{t('history.detail.noPulls')}</p>
        ) : (
          <ol class="pull-list">
            {record.pulls.map((pull, index) => (
              <PullDetails key={pull.index} pull={pull} number={index + 1} />
            ))}
          </ol>
        )}
      </section>
      <section class="section" aria-labelledby="detail-stops">
        <h2 id="detail-stops">{t('history.detail.stops')}</h2>
        <StopList stops={record.stops} />
      </section>
      <section class="section" aria-labelledby="detail-red-flags">
        <h2 id="detail-red-flags">{t('history.detail.redFlags')}</h2>
        {record.redFlags.length === 0 ? (
          <p>{t('history.detail.noRedFlags')}</p>
        ) : (
          <Notice tone="warning" role="note">
            <ul class="reason-list">
              {record.redFlags.map((flag) => (
                <li key={flag}>{t(`history.stopReason.${flag}`)}</li>
              ))}
            </ul>
            <p>{t('history.detail.redFlagAdvice')}</p>
          </Notice>
        )}
      </section>
      <section class="section" aria-labelledby="detail-notes">
        <h2 id="detail-notes">{t('history.detail.notes')}</h2>
        {record.notes.trim() === '' ? (
          <p>{t('history.detail.noNotes')}</p>
        ) : (
          <p class="session-notes">{record.notes}</p>
        )}
      </section>
    </>
  );
}

export function SessionDetail({ store, id, onBack }: SessionDetailProps) {
  const t = useT();
  const { sessionDate } = useFormat();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    setLoaded({ status: 'loading' });
    store.getSession(id).then(
      (record) => {
        if (!cancelled) setLoaded(record ? { status: 'ready', record } : { status: 'missing' });
      },
      (error: unknown) => {
        if (!cancelled) setLoaded({ status: 'failed', problem: problemText(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store, id]);

  const date = loaded.status === 'ready' ? sessionDate(loaded.record.startedAt) : undefined;
  return (
    <Screen
      title={
        date === undefined ? t('history.detail.titleUnknown') : t('history.detail.title', { date })
      }
      actions={
        <Button variant="secondary" onClick={onBack}>
          {t('button.back')}
        </Button>
      }
    >
      {loaded.status === 'loading' && <p class="muted">{t('history.detail.loading')}</p>}
      {loaded.status === 'missing' && <p>{t('history.detail.notFound')}</p>}
      {loaded.status === 'failed' && (
        <Notice tone="danger" title={t('history.detail.loadFailed')}>
          <p>{problemInWords(loaded.problem, t)}</p>
        </Notice>
      )}
      {loaded.status === 'ready' && <RecordSections record={loaded.record} />}
    </Screen>
  );
}
