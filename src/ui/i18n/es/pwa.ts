// Spanish words for the installable app: the prompt that a new version is ready.
import type { pwa as english } from '../en/pwa';

export const pwa = {
  'pwa.updateReady': 'Hay una nueva versión de Tractus lista.',
  'pwa.reload': 'Recargar para actualizar',
} satisfies Record<keyof typeof english, string>;
