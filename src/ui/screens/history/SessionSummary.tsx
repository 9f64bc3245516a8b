// A session at a glance: how it ended, pain before → after, pulls, times, screening, stop signal.
import type { SessionRecord, StopSignal } from '../../../domain/record/sessionRecord';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/translate';
import { isPhysicalSignalPreset } from '../agreement';
import { type Format, useFormat } from './format';
import { PainChange } from './PainChange';
import { endKey } from './words';

export interface SessionSummaryProps {
  record: SessionRecord;
}

function screeningText(t: Translate, format: Format, record: SessionRecord): string {
  const { outcome, professionalConfirmedOn } = record.screening;
  if (outcome === 'clear') return t('history.screening.clear');
  return professionalConfirmedOn === null
    ? t('history.screening.askFirstUndated')
    : t('history.screening.askFirst', { date: format.calendarDay(professionalConfirmedOn) });
}

function stopSignalText(t: Translate, signal: StopSignal): string {
  // The ready-made signals are stored by name; the couple's own signal in their words.
  const physical = isPhysicalSignalPreset(signal.physical)
    ? t(`agreement.signal.${signal.physical}`)
    : signal.physical;
  return t('history.detail.stopSignalValue', { word: signal.word, physical });
}

export function SessionSummary({ record }: SessionSummaryProps) {
  const t = useT();
  const format = useFormat();
  const { count, minutes, seconds } = format;
  return (
    <section class="section" aria-labelledby="detail-summary">
      <h2 id="detail-summary">{t('history.detail.summary')}</h2>
      <dl class="facts">
        <div class="facts__row">
          <dt>{t('history.session.ended')}</dt>
          <dd>{t(endKey(record.end))}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.session.pain')}</dt>
          <dd>
            <PainChange before={record.painBefore} after={record.painAfter} />
          </dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.session.pulls')}</dt>
          <dd>{count(record.totals.pulls)}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.session.traction')}</dt>
          <dd>{t('history.unit.minutes', { n: minutes(record.totals.tractionMs) })}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.detail.longestHold')}</dt>
          <dd>{t('history.unit.seconds', { n: seconds(record.totals.longestHoldMs) })}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.detail.activeTime')}</dt>
          <dd>{t('history.unit.minutes', { n: minutes(record.totals.activeMs) })}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.detail.screening')}</dt>
          <dd>{screeningText(t, format, record)}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.detail.stopSignal')}</dt>
          <dd>{stopSignalText(t, record.stopSignal)}</dd>
        </div>
      </dl>
    </section>
  );
}
