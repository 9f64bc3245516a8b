// A storage problem stays visible at the top of every screen: records may not be saved (H11).
import { Notice } from '../components/Notice';
import { problemInWords } from '../i18n/problems';
import { useT } from '../i18n/translate';

export function StorageBanner({ message }: { message: string }) {
  const t = useT();
  return (
    <div class="container storage-banner">
      <Notice tone="warning" title={t('storage.title')}>
        <p>{problemInWords(message, t)}</p>
      </Notice>
    </div>
  );
}
