// The stops of a session, each with when, what triggered it and the reason given, in words.
import type { StopRecord } from '../../../domain/record/sessionRecord';
import { FixedNamesMarked } from '../../components/FixedName';
import { useT } from '../../i18n/translate';
import { sinceStart } from './format';

export interface StopListProps {
  stops: readonly StopRecord[];
}

export function StopList({ stops }: StopListProps) {
  const t = useT();
  if (stops.length === 0) return <p>{t('history.detail.noStops')}</p>;
  return (
    <ul class="stop-list">
      {stops.map((stop, index) => (
        // A fixed log; the order is the identity.
        <li key={index}>
          <p>
            <FixedNamesMarked
              text={t('history.stop.item', {
                time: t('history.time.fromStart', sinceStart(stop.atMs)),
                trigger: t(`history.stopTrigger.${stop.trigger}`),
              })}
            />
          </p>
          <p>
            {stop.reason === null
              ? t('history.stop.noReason')
              : t('history.stop.reason', { reason: t(`history.stopReason.${stop.reason}`) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
