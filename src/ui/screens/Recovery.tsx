// After the app closed mid-session: tell the partner to release first, then keep what was recorded.
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { defaultPlan } from '../../domain/plan/plan';
import type { SessionRecord } from '../../domain/record/sessionRecord';
import { hasUnansweredStop } from '../../domain/record/unansweredStop';
import type { Settings } from '../../domain/settings/settings';
import type { ActiveSession, SessionStore } from '../../platform/storage';
import { useServices } from '../app/services';
import { Button } from '../components/Button';
import { Notice } from '../components/Notice';
import { Screen } from '../components/Screen';
import { problemInWords } from '../i18n/problems';
import { I18nContext } from '../i18n/translate';
import { countRecoveryRelease, soundRecoveryRelease } from './recoveryCue';

export interface RecoveryProps {
  /** Null when the session in progress was found damaged: the release comes first all the same. */
  active: ActiveSession | null;
  /** Null until storage has opened; the record is kept as soon as it has. */
  store: SessionStore | null;
  /** Which channels the release cue may use, and the voice to speak it in. */
  settings: Settings;
  onDone(record: SessionRecord | null): void;
}

/** The interrupted session as it will be kept: everything recorded, marked interrupted. */
export function interruptedRecord(active: ActiveSession): SessionRecord {
  return { ...active.record, end: active.record.end ?? 'interrupted' };
}

export function Recovery({ active, store, settings, onDone }: RecoveryProps) {
  const { locale, t } = useContext(I18nContext);
  const services = useServices();
  const [problem, setProblem] = useState<string | null>(null);
  const record = useMemo(() => (active ? interruptedRecord(active) : null), [active]);

  // The interrupted plan's release time; a damaged record falls back to the default plan's.
  const releaseSeconds = active?.record.plan.releaseSeconds ?? defaultPlan().releaseSeconds;
  const [left, setLeft] = useState(releaseSeconds);

  useEffect(() => {
    // Spoken, beeped and buzzed where the browser allows it before a tap; the alert below is the
    // signal that always works, and the count is shown whatever is heard.
    soundRecoveryRelease(services, settings, { locale, t });
    return countRecoveryRelease(services, settings, locale, releaseSeconds, setLeft);
  }, []);

  useEffect(() => {
    if (!store) return;
    // Keep the record first: if the app closes again, nothing is lost twice.
    void (async () => {
      try {
        if (record) await store.saveSession(record);
        // A stop not yet explained keeps the session in progress until its question is answered:
        // closed again before then, the app reopens here and asks again.
        if (!record || !hasUnansweredStop(record)) await store.clearActive();
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error));
      }
    })();
  }, [store, record]);

  return (
    <Screen
      title={t('recovery.title')}
      actions={
        <Button size="large" onClick={() => onDone(record)}>
          {t('recovery.released')}
        </Button>
      }
    >
      <p class="recovery__release" role="alert">
        {t('recovery.releaseNow')}
      </p>
      {/* Seen, and heard as the numbers are spoken; never announced each second. */}
      {left > 0 && (
        <p class="recovery__count" aria-hidden="true">
          {left}
        </p>
      )}
      <p>{t('recovery.explain')}</p>
      <p>{record ? t('recovery.saved') : t('recovery.damaged')}</p>
      {problem && (
        <Notice tone="danger">
          {t('recovery.saveFailed', { message: problemInWords(problem, t) })}
        </Notice>
      )}
    </Screen>
  );
}
