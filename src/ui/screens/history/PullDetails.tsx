// One pull of a session in words: ramp, hold against its target, release and why, rating, events.
import type { PullRecord } from '../../../domain/record/sessionRecord';
import { FixedNamesMarked } from '../../components/FixedName';
import { useT } from '../../i18n/translate';
import { sinceStart, useFormat } from './format';

export interface PullDetailsProps {
  pull: PullRecord;
  /** 1-based position in the session, as a person counts pulls. */
  number: number;
}

export function PullDetails({ pull, number }: PullDetailsProps) {
  const t = useT();
  const { seconds } = useFormat();
  return (
    <li class="pull">
      <h3>{t('history.pull.title', { n: number })}</h3>
      <dl class="facts">
        <div class="facts__row">
          <dt>{t('history.pull.ramp')}</dt>
          <dd>
            {t(pull.confirmed ? 'history.pull.rampConfirmed' : 'history.pull.rampUnconfirmed', {
              seconds: seconds(pull.rampMs),
            })}
          </dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.pull.hold')}</dt>
          <dd>
            {t('history.pull.holdValue', {
              actual: seconds(pull.holdMs),
              target: seconds(pull.targetHoldMs),
            })}
          </dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.pull.release')}</dt>
          <dd>{t('history.unit.seconds', { n: seconds(pull.releaseMs) })}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.pull.releaseReason')}</dt>
          <dd>
            <FixedNamesMarked
              text={t(
                pull.releaseReason === null
                  ? 'history.releaseReason.none'
                  : `history.releaseReason.${pull.releaseReason}`,
              )}
            />
            {pull.lateByMs > 0 && (
              <> {t('history.pull.late', { seconds: seconds(pull.lateByMs) })}</>
            )}
          </dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.pull.rating')}</dt>
          <dd>
            {t(pull.rating === null ? 'history.rating.none' : `history.rating.${pull.rating}`)}
          </dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.pull.discomfort')}</dt>
          <dd>
            {pull.discomfort.length === 0
              ? t('history.pull.noDiscomfort')
              : pull.discomfort.map((place) => t(`history.discomfort.${place}`)).join(', ')}
          </dd>
        </div>
        <div class="facts__row">
          <dt>{t('history.pull.events')}</dt>
          <dd>
            {pull.events.length === 0 ? (
              t('history.pull.noEvents')
            ) : (
              <ul class="event-list">
                {pull.events.map((event, index) => (
                  // Events are a fixed log; their order is their identity.
                  <li key={index}>
                    {t('history.pull.event', {
                      time: t('history.time.fromStart', sinceStart(event.atMs)),
                      event: t(`history.event.${event.type}`),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
