// Names how the last session ended, before the questions that ask about it again.
import type { StopReason } from '../../../domain/screening';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/translate';

export function LastSessionNotice({ reasons }: { reasons: readonly StopReason[] }) {
  const t = useT();
  if (reasons.length === 0) return null;
  return (
    <Notice tone="warning" title={t('screening.lastSession.title')}>
      <p>{t('screening.lastSession.endedWith')}</p>
      <ul class="reason-list">
        {reasons.map((reason) => (
          // The words the receiver chose when the session stopped, so they recognise them.
          <li key={reason}>{t(`live.stopReason.${reason}`)}</li>
        ))}
      </ul>
      <p>{t('screening.lastSession.askedAgain')}</p>
      <p>{t('screening.lastSession.professional')}</p>
    </Notice>
  );
}
