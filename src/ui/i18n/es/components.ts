// Spanish words used inside the shared components (error prefix, notice kinds, the 0–10 scale).
import type { components as english } from '../en/components';

export const components = {
  'components.error.prefix': 'Error:',
  'components.notice.info': 'Información',
  'components.notice.warning': 'Aviso',
  'components.notice.danger': 'Importante',
  'components.notice.urgent': 'Urgente',
  'components.painScale.hint':
    '0 significa nada en absoluto y 10, lo peor que puedas imaginar. Durante una tracción, una tracción suave está bien y cualquier dolor significa soltar.',
} satisfies Record<keyof typeof english, string>;
