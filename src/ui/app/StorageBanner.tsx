// A storage problem stays visible at the top of every screen: records may not be saved (H11).
import { Notice } from '../components/Notice';
import { problemInWords } from '../i18n/problems';
import { useT } from '../i18n/translate';

export function StorageBanner({ message }: { message: string | null }) {
  const t = useT();
  // The live region is always in the page, so a problem that arrives later is announced.
  return (
    <div role="status" class={message !== null ? 'container storage-banner' : undefined}>
      {message !== null && (
        <Notice tone="warning" title={t('storage.title')}>
          <p>{problemInWords(message, t)}</p>
        </Notice>
      )}
    </div>
  );
}
