// After recovery: the stop the app closed on is asked about, so a warning sign still gets its advice.
import { useState } from 'preact/hooks';
import type { DiscomfortLocation } from '../../domain/adaptation/discomfort';
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
  store: SessionStore;
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

  const answer = (reason: StopReason, discomfort: DiscomfortLocation[]) => {
    const kept = withRecoveredStopReason(record, reason, discomfort);
    onAnswer(kept);
    const outcome = stopReasonOutcome(reason);
    const warningSign = outcome === 'redFlag' || outcome === 'urgent';
    // Kept at once, whether or not the summary is ever seen. Without a warning sign the summary
    // saves the record again and reports a failure there; should this save fail, the app asks
    // again when next opened.
    keep(store, kept).catch((error: unknown) => {
      if (warningSign) setProblem(error instanceof Error ? error.message : String(error));
    });
    if (warningSign) setAnswered({ record: kept, reason });
    else onDone(kept);
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
