// English words used inside the shared components (error prefix, notice kinds, the 0–10 scale).
export const components = {
  'components.error.prefix': 'Error:',
  'components.notice.info': 'Information',
  'components.notice.warning': 'Warning',
  'components.notice.danger': 'Important',
  'components.notice.urgent': 'Urgent',
  'components.painScale.hint':
    '0 means nothing at all and 10 the worst you can imagine. During a pull, a gentle pull is ' +
    'fine and any pain means release.',
} as const;
