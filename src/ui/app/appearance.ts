// Applies theme, text size and language to the page, so CSS and assistive technology follow them.
import type { Settings } from '../../domain/settings/settings';
import type { Locale } from '../i18n/translate';

const TEXT_SCALE: Record<Settings['textSize'], string> = {
  normal: '100%',
  large: '125%',
  larger: '150%',
};

export function applyAppearance(root: HTMLElement, settings: Settings, locale: Locale): void {
  root.lang = locale;
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  // A percentage keeps the user's own browser text size as the base it scales from.
  root.style.fontSize = TEXT_SCALE[settings.textSize];
}
