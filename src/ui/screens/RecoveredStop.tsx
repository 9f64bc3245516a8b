// After recovery: the stop the app closed on is asked about, so a warning sign still gets its advice.
import { useEffect, useState } from 'preact/hooks';
import { withRecoveredStopReason } from '../../domain/record/recoveredStop';
import type { SessionRecord } from '../../domain/record/sessionRecord';
import { type StopReason, stopReasonOutcome } from '../../domain/screening/stopReasons';
import type { SessionStore } from '../../platform/storage';
import { Button } from '../components/Button';
import { FixedName } from '../components/FixedName';
import { Notice } from '../components/Notice';
import { Screen } from '../components/Screen';
import { problemInWords } from '../i18n/problems';
import { useT } from '../i18n/translate';
import { StopCheckPanel } from './live/StopCheckPanel';

export interface RecoveredStopProps {
  /** The interrupted session's record, ending on a stop with no reason yet. */
  record: SessionRecord;
  /** Null when storage could not open: the answer still counts for the rest of the visit. */
  store: SessionStore | null;
  /** The answer is in: its warning signs must reach the next check at once (the profile). */
  onAnswer(record: SessionRecord): void;
  /** On to the summary. */
  onDone(record: SessionRecord): void;
}

/** The answered record replaces the interrupted one; only then is the session no longer open. */
async function keep(store: SessionStore, record: SessionRecord): Promise<void> {
  await store.saveSession(record);
  await store.clearActive();
}

export function RecoveredStop({ record, store, onAnswer, onDone }: RecoveredStopProps) {
  const t = useT();
  const [answered, setAnswered] = useState<{ record: SessionRecord; reason: StopReason } | null>(
    null,
  );
  const [problem, setProblem] = useState<string | null>(null);

  // A warning sign is kept as soon as storage is open, whether or not the summary is ever seen.
  useEffect(() => {
    if (!store || !answered) return;
    keep(store, answered.record).catch((error: unknown) => {
      setProblem(error instanceof Error ? error.message : String(error));
    });
  }, [store, answered]);

  const answer = (reason: StopReason) => {
    const kept = withRecoveredStopReason(record, reason);
    onAnswer(kept);
    const outcome = stopReasonOutcome(reason);
    if (outcome === 'redFlag' || outcome === 'urgent') {
      setAnswered({ record: kept, reason });
      return;
    }
    // No warning sign: nothing to advise. The summary saves the record again and reports a
    // failure there; should this one fail, the app asks again when next opened.
    if (store) keep(store, kept).catch(() => undefined);
    onDone(kept);
  };

  const saveProblem = problem && (
    <Notice tone="danger">
      {t('live.recoveredStop.saveFailed', { message: problemInWords(problem, t) })}
    </Notice>
  );

  if (!answered) {
    return (
      <Screen title={t('live.recoveredStop.title')}>
        <p>{t('live.recoveredStop.intro')}</p>
        <StopCheckPanel onReason={answer} />
        {saveProblem}
      </Screen>
    );
  }
  const urgent = stopReasonOutcome(answered.reason) === 'urgent';
  return (
    <Screen
      title={t('live.end.endedHeading')}
      actions={
        <Button size="large" onClick={() => onDone(answered.record)}>
          <FixedName name="button.continue" />
        </Button>
      }
    >
      {urgent ? (
        <Notice tone="urgent" title={t('live.end.urgentTitle')}>
          <p>{t('live.end.urgentBody')}</p>
        </Notice>
      ) : (
        <Notice tone="danger" title={t('live.end.redFlagTitle')}>
          <p>{t('live.end.redFlagBody')}</p>
        </Notice>
      )}
      {saveProblem}
    </Screen>
  );
}
