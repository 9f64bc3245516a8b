// German words used inside the shared components (error prefix, notice kinds, the 0–10 scale).
import type { components as english } from '../en/components';

export const components = {
  'components.error.prefix': 'Fehler:',
  'components.notice.info': 'Hinweis',
  'components.notice.warning': 'Warnung',
  'components.notice.danger': 'Wichtig',
  'components.notice.urgent': 'Dringend',
  'components.painScale.hint':
    '0 bedeutet gar nichts und 10 das Schlimmste, was Sie sich vorstellen können. Während eines Zugs ist ein sanfter Zug in Ordnung, und jeder Schmerz bedeutet: lösen.',
} satisfies Record<keyof typeof english, string>;
