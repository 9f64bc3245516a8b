// One session in the History list: when, pulls, time under traction, pain, how it ended.
import type { SessionRecord } from '../../../domain/record/sessionRecord';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/translate';
import { useFormat } from './format';
import { PainChange } from './PainChange';
import { endKey } from './words';

export interface SessionCardProps {
  record: SessionRecord;
  onOpen(id: string): void;
}

export function SessionCard({ record, onOpen }: SessionCardProps) {
  const t = useT();
  const { count, minutes, sessionDate } = useFormat();
  const date = sessionDate(record.startedAt) ?? t('history.session.unknownDate');
  return (
    <li class="session-card">
      <h3 class="session-card__date" tabIndex={-1}>
        {date}
      </h3>
      <dl class="facts">
        <div class="facts__row">
          <dt>{t('history.session.pulls')}</dt>
          <dd>{count(record.totals.pulls)}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.session.traction')}</dt>
          <dd>{t('history.unit.minutes', { n: minutes(record.totals.tractionMs) })}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.session.pain')}</dt>
          <dd>
            <PainChange before={record.painBefore} after={record.painAfter} />
          </dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.session.ended')}</dt>
          <dd>{t(endKey(record.end))}</dd>
        </div>
      </dl>
      {record.redFlags.length > 0 && (
        <p class="session-card__flag">
          <Icon name="warning" />
          {t('history.session.redFlag')}
        </p>
      )}
      <Button variant="secondary" onClick={() => onOpen(record.id)}>
        <span aria-hidden="true">{t('history.session.open')}</span>
        <span class="visually-hidden">{t('history.session.openFull', { date })}</span>
      </Button>
    </li>
  );
}
