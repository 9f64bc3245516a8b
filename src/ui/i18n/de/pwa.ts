// German words for the installable app: the prompt that a new version is ready.
import type { pwa as english } from '../en/pwa';

export const pwa = {
  'pwa.updateReady': 'Eine neue Version von Tractus ist bereit.',
  'pwa.reload': 'Neu laden zum Aktualisieren',
} satisfies Record<keyof typeof english, string>;
