// The big number: whole seconds left in the phase (display only, never announced every second).
import { useT } from '../../i18n/translate';

export function Countdown({ seconds }: { seconds: number | null }) {
  const t = useT();
  if (seconds === null) return null;
  return (
    <p class="countdown">
      <span class="countdown__number">{seconds}</span>
      <span class="countdown__unit" aria-hidden="true">
        {t('live.countdown.unit')}
      </span>
      <span class="visually-hidden"> {t('live.countdown.label')}</span>
    </p>
  );
}
