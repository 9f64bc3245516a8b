// A way home from any screen outside a session, so no outcome screen is a dead end.
import { Icon } from '../components/Icon';
import { useT } from '../i18n/translate';
import './appHeader.css';

export function AppHeader({ onHome }: { onHome(): void }) {
  const t = useT();
  return (
    <header class="app-header container">
      <button type="button" class="app-header__home" onClick={onHome}>
        <Icon name="back" /> {t('nav.home')}
      </button>
    </header>
  );
}
