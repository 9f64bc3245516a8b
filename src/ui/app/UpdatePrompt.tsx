// Offers a waiting new version, but only between sessions: a reload must never cut a session short.
import { Button } from '../components/Button';
import { Notice } from '../components/Notice';
import { useT } from '../i18n/translate';

export interface UpdatePromptProps {
  updateReady: boolean;
  sessionRunning: boolean;
  onApply(): void;
}

export function UpdatePrompt({ updateReady, sessionRunning, onApply }: UpdatePromptProps) {
  const t = useT();
  const show = updateReady && !sessionRunning;
  // The live region is always there, so screen readers announce the words when they appear.
  return (
    <div role="status" class={show ? 'container update-prompt' : undefined}>
      {show && (
        <Notice tone="info" role="note">
          <p>{t('pwa.updateReady')}</p>
          <div>
            <Button variant="secondary" onClick={onApply}>
              {t('pwa.reload')}
            </Button>
          </div>
        </Notice>
      )}
    </div>
  );
}
