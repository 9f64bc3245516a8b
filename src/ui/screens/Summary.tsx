// After the session: pain now, a note, what the session was, and the plan suggested for next time.
import { useId, useState } from 'preact/hooks';
import { planForNextSession } from '../../domain/adaptation/progression';
import type { Plan } from '../../domain/plan/plan';
import { NOTE_MAX_LENGTH, type SessionRecord } from '../../domain/record/sessionRecord';
import type { SessionStore } from '../../platform/storage';
import { Button } from '../components/Button';
import { Notice } from '../components/Notice';
import { PainScale } from '../components/PainScale';
import { Screen } from '../components/Screen';
import { useFocusProblem } from '../components/useFocusProblem';
import { problemInWords } from '../i18n/problems';
import { useT } from '../i18n/translate';
import { useFormat } from './history/format';
import { formatDuration } from './live/progress';
import './summary.css';
import { FixedName, FixedNamesMarked } from '../components/FixedName';

export interface SummaryProps {
  record: SessionRecord;
  /** The plan this session started from; the next one is worked out from it and the answers here. */
  basePlan: Plan;
  /** Null when storage could not be opened: the answers are then kept for this visit only. */
  store: SessionStore | null;
  onDone(record: SessionRecord): void;
  /** Leaves without these answers: offered once saving them has failed, so the screen is no trap. */
  onLeave(): void;
}

const PAIN_ID = 'summary-pain';

export function Summary({ record, basePlan, store, onDone, onLeave }: SummaryProps) {
  const t = useT();
  const format = useFormat();
  const noteId = `summary-note-${useId()}`;
  const focusProblem = useFocusProblem();
  const [painAfter, setPainAfter] = useState<number | undefined>(record.painAfter ?? undefined);
  const [notes, setNotes] = useState(record.notes);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);

  const submit = async () => {
    if (saving) return;
    if (painAfter === undefined) {
      setTried(true);
      focusProblem(PAIN_ID);
      return;
    }
    const finished = { ...record, painAfter, notes: notes.trim() };
    if (!store) {
      onDone(finished);
      return;
    }
    setSaving(true);
    setSaveProblem(null);
    try {
      await store.saveSession(finished);
    } catch (error) {
      // The typed answers stay on screen, so trying again loses nothing.
      setSaveProblem(error instanceof Error ? error.message : String(error));
      setSaving(false);
      return;
    }
    onDone(finished);
  };

  // Progress depends on pain after versus before, so the suggestion follows the answer as it is given.
  const nextPlan = planForNextSession(basePlan, { ...record, painAfter: painAfter ?? null });
  const { totals, painBefore } = record;
  const { plan } = nextPlan;
  const painText = (value: number | null | undefined) =>
    value === null || value === undefined ? t('summary.facts.notRecorded') : String(value);
  const painValues = { before: painText(painBefore), after: painText(painAfter) };

  return (
    <Screen
      title={t('summary.title')}
      actions={
        <>
          {saveProblem !== null && (
            <Notice
              tone="danger"
              title={t('summary.saveFailed', { message: problemInWords(saveProblem, t) })}
              role="alert"
            />
          )}
          <Button size="large" onClick={() => void submit()}>
            <FixedName name="button.continue" />
          </Button>
          {saveProblem !== null && (
            <Button variant="secondary" onClick={onLeave}>
              {t('summary.leaveUnsaved')}
            </Button>
          )}
        </>
      }
    >
      {record.end === 'urgent' && <Notice tone="urgent" title={t('live.end.urgentTitle')} />}
      {record.end === 'redFlag' && <Notice tone="danger" title={t('live.end.redFlagTitle')} />}
      <p class="lead">{t('summary.intro')}</p>
      <PainScale
        id={PAIN_ID}
        name="pain-after"
        legend={t('summary.pain.legend')}
        hint={t('summary.pain.hint')}
        value={painAfter}
        onChange={setPainAfter}
        error={tried && painAfter === undefined ? t('summary.pain.error') : undefined}
      />
      <div class="field">
        <label class="field__label" for={noteId}>
          {t('summary.note.label')}
        </label>
        <div id={`${noteId}-hint`} class="hint">
          {t('summary.note.hint')}
        </div>
        <textarea
          id={noteId}
          class="field__input summary__note"
          rows={4}
          maxLength={NOTE_MAX_LENGTH}
          value={notes}
          aria-describedby={`${noteId}-hint`}
          onInput={(event) => setNotes(event.currentTarget.value)}
        />
      </div>
      <section class="section" aria-labelledby="summary-facts">
        <h2 id="summary-facts">{t('summary.facts.heading')}</h2>
        <dl class="summary-facts">
          <div class="summary-facts__item">
            <dt>{t('summary.facts.pulls')}</dt>
            <dd>{totals.pulls}</dd>
          </div>
          <div class="summary-facts__item">
            <dt>{t('summary.facts.traction')}</dt>
            <dd>{formatDuration(totals.tractionMs)}</dd>
          </div>
          <div class="summary-facts__item">
            <dt>{t('summary.facts.longestHold')}</dt>
            <dd>
              {t('summary.facts.longestHoldValue', {
                // As History writes it, so one session's longest hold reads the same in both.
                seconds: format.seconds(totals.longestHoldMs),
              })}
            </dd>
          </div>
          <div class="summary-facts__item">
            <dt>{t('summary.facts.pain')}</dt>
            <dd>
              {/* The arrow is for the eye; a screen reader hears "before … after". */}
              <span aria-hidden="true">{t('summary.facts.painValue', painValues)}</span>
              <span class="visually-hidden">{t('summary.facts.painValueSpoken', painValues)}</span>
            </dd>
          </div>
        </dl>
      </section>
      <section class="section" aria-labelledby="summary-next">
        <h2 id="summary-next">{t('summary.next.heading')}</h2>
        <p class="summary-next__change">{t(`summary.next.${nextPlan.change}`)}</p>
        <p>{t(`summary.next.reason.${nextPlan.reason}`)}</p>
        <p>
          <FixedNamesMarked
            text={t('summary.next.plan', {
              technique: t(`technique.${plan.technique}`),
              hold: plan.holdSeconds,
              holdMax: plan.holdMaxSeconds,
              release: plan.releaseSeconds,
              rest: plan.restSeconds,
              total: plan.totalMinutes,
            })}
          />
        </p>
      </section>
    </Screen>
  );
}
