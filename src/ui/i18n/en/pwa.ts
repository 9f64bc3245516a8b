// English words for the installable app: the prompt that a new version is ready.
export const pwa = {
  'pwa.updateReady': 'A new version of Tractus is ready.',
  'pwa.reload': 'Reload to update',
} as const;
