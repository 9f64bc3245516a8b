// Delete all data, in two steps: ask, then confirm with a checkbox and a danger button.
import { useEffect, useId, useState } from 'preact/hooks';
import type { SessionStore } from '../../../platform/storage';
import { localDate } from '../../app/services';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { Notice } from '../../components/Notice';
import { problemInWords } from '../../i18n/problems';
import { useT } from '../../i18n/translate';
import { problemText } from './words';

export interface DeleteAllDataProps {
  store: SessionStore;
  onDeleted(): void;
  /** The wall-clock time: its local date is the "today" an urgent or avoid outcome may still bar. */
  now: () => Date;
}

type DeleteStep = 'ask' | 'confirm' | 'working';

export function DeleteAllData({ store, onDeleted, now }: DeleteAllDataProps) {
  const t = useT();
  const id = useId();
  const confirmId = `delete-confirm-${id}`;
  const startId = `delete-start-${id}`;
  const [step, setStep] = useState<DeleteStep>('ask');
  const [understood, setUnderstood] = useState(false);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // Where focus goes when a step's controls appear or disappear, so it is never lost.
  const [focusTo, setFocusTo] = useState<'checkbox' | 'start' | undefined>(undefined);

  useEffect(() => {
    if (focusTo === undefined) return;
    document.getElementById(focusTo === 'checkbox' ? confirmId : startId)?.focus();
    setFocusTo(undefined);
  }, [focusTo, confirmId, startId]);

  const begin = () => {
    setStep('confirm');
    setUnderstood(false);
    setTried(false);
    setDone(false);
    setProblem(undefined);
    setFocusTo('checkbox');
  };

  const cancel = () => {
    setStep('ask');
    setFocusTo('start');
  };

  const deleteEverything = async () => {
    if (!understood) {
      setTried(true);
      document.getElementById(confirmId)?.focus();
      return;
    }
    setStep('working');
    try {
      // Today's urgent or avoid outcome outlives the delete (see profileAfterDeleteAll).
      await store.deleteAll(localDate(now()));
      setDone(true);
      setStep('ask');
      setFocusTo('start');
      onDeleted();
    } catch (error) {
      setProblem(problemText(error));
      setStep('confirm');
    }
  };

  return (
    <section class="section" aria-labelledby="history-delete">
      <h3 id="history-delete">{t('history.delete.heading')}</h3>
      <p>{t('history.delete.warning')}</p>
      {step === 'ask' ? (
        <div>
          <Button variant="secondary" id={startId} onClick={begin}>
            {t('history.delete.start')}
          </Button>
        </div>
      ) : (
        <div class="delete-confirm">
          <Checkbox
            id={confirmId}
            label={t('history.delete.confirm')}
            checked={understood}
            onChange={(checked) => {
              setUnderstood(checked);
              setTried(false);
            }}
            error={tried && !understood ? t('history.delete.confirmError') : undefined}
            disabled={step === 'working'}
          />
          <div class="delete-confirm__actions">
            <Button
              variant="danger"
              disabled={step === 'working'}
              onClick={() => void deleteEverything()}
            >
              {step === 'working' ? t('history.delete.working') : t('history.delete.go')}
            </Button>
            <Button variant="quiet" disabled={step === 'working'} onClick={cancel}>
              {t('history.delete.cancel')}
            </Button>
          </div>
        </div>
      )}
      <div role="status" class="data-status">
        {done && <p>{t('history.delete.done')}</p>}
      </div>
      {problem !== undefined && (
        <Notice tone="danger" title={t('history.delete.failed')}>
          <p>{problemInWords(problem, t)}</p>
        </Notice>
      )}
    </section>
  );
}
