// The agreed stop word and physical signal, kept in sight during the whole session.

import { useT } from '../../i18n/translate';
import type { Agreement } from '../agreement';
import { signalText } from './signal';

export function StopReminder({ agreement }: { agreement: Agreement }) {
  const t = useT();
  return (
    <p class="stop-reminder">
      <strong>{t('live.reminder.label')}</strong>{' '}
      {t('live.reminder.value', {
        word: agreement.stopWord,
        signal: signalText(agreement.physicalSignal, t),
      })}
    </p>
  );
}
