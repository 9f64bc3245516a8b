// English words for the app frame: home, recovery after an interruption, the audio check phrase.
export const app = {
  'home.title': 'Tractus',
  'home.intro':
    'A calm, step-by-step coach for partner-assisted lower-back traction. It is not a treatment.',
  'home.begin': 'Begin a session',
  'home.history': 'History',
  'home.settings': 'Settings',
  'home.screeningDue': 'The full safety questions come first: it has been 30 days or more.',
  'home.preCheck': 'A short "anything changed?" check comes first.',
  'home.plan':
    'Your plan: holds of {hold} s (up to {holdMax} s), release {release} s, rest {rest} s, {total} minutes in all.',
  'recovery.title': 'The session was interrupted',
  'recovery.releaseNow': 'Partner: release slowly now.',
  'recovery.explain':
    'Tractus closed during a session. If you are still pulling, release slowly and gently now, then rest.',
  'recovery.saved':
    'Everything recorded before the interruption is kept. The session is marked as interrupted.',
  'recovery.released': 'We have released — continue',
  'recovery.saveFailed': 'The interrupted session could not be saved: {message}',
  'setup.audioCheckPhrase':
    'This is the Tractus audio check. If you can both hear this, tick: we both heard it.',
  'storage.title': 'Storage problem',
} as const;
