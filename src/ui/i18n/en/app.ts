// English words for the app frame: home, recovery after an interruption, the audio check phrase.
export const app = {
  'home.title': 'Tractus',
  'home.intro':
    'A calm, step-by-step coach for partner-assisted lower-back traction. It is not a treatment.',
  'home.begin': 'Begin a session',
  'home.history': 'History',
  'home.settings': 'Settings',
  'home.screeningDue': 'The full safety questions come first: it has been 30 days or more.',
  'home.screeningFirst': 'The full safety questions come first.',
  'home.screeningAfterAvoid':
    'The full safety questions come first: your last answers meant traction must not be used.',
  'home.preCheck': 'A short "anything changed?" check comes first.',
  'home.urgentToday.title': 'Seek urgent medical care now',
  'home.urgentToday.body':
    'Earlier today you told Tractus about a sign that needs a doctor to check you today. Do not use traction. If you have not been checked yet, contact an urgent care service or an emergency department now, or call your local emergency number.',
  'home.urgentToday.next':
    'There is no session today. A session is possible again from tomorrow, after a health professional has checked you.',
  'home.avoidToday.title': 'Do not use traction today',
  'home.avoidToday.body':
    'Earlier today your answers meant partner traction must not be used. Please talk to a doctor or physiotherapist about your back: they can advise on what is safe for you.',
  'home.avoidToday.next':
    'There is no session today. From tomorrow the full safety questions are asked again.',
  'home.plan':
    'Your plan: holds of {hold} s (up to {holdMax} s), release {release} s, rest {rest} s, {total} minutes in all.',
  'recovery.title': 'The session was interrupted',
  'recovery.releaseNow': 'Partner: release slowly now.',
  'recovery.explain':
    'Tractus closed during a session. If you are still pulling, release slowly and gently now, then rest.',
  'recovery.saved':
    'Everything recorded before the interruption is kept. The session is marked as interrupted.',
  'recovery.damaged':
    'The record of that session was damaged on this device and could not be kept.',
  'recovery.released': 'We have released — continue',
  'recovery.saveFailed': 'The interrupted session could not be saved: {message}',
  'setup.audioCheckPhrase':
    'This is the Tractus audio check. If you can both hear this, tick: we both heard it.',
  'app.loadFailed':
    'This part of Tractus could not load. Check the connection and try again; if it still fails, reload the page.',
  'app.retry': 'Try again',
  'storage.settingsResetTitle': 'Some settings were reset',
  'storage.title': 'Storage problem',
  // The storage layer's messages (src/platform) are written in English; shown in the chosen
  // language by src/ui/i18n/problems.ts. Keep each English text identical to the platform's.
  'storage.message.quota':
    'Storage on this device is full, so Tractus could not save. Free some space, or export ' +
    'a backup and delete old sessions, then try again.',
  'storage.message.unavailable':
    'This browser is not letting Tractus keep data (private browsing, or storage turned off).',
  'storage.message.blocked':
    'Tractus is open in another tab with a different version, so this tab cannot reach your ' +
    'saved data. Close the other Tractus tabs, then reload this page.',
  'storage.message.upgradedElsewhere':
    'A newer version of Tractus was opened in another tab. Reload this page to keep saving.',
  'storage.message.newerData':
    'Your data was saved by a newer version of Tractus. Reload this page to update.',
  'storage.message.inMemory':
    'Sessions still run, but they are kept only until this page closes: export a backup to ' +
    'keep one.',
  'storage.message.unknown': 'Tractus could not read or save its data',
  'storage.message.damagedSession':
    'This session is damaged on this device and cannot be shown. It has been left as it is.',
  'storage.message.damagedProfile':
    'Your saved plan and stop signal were damaged on this device; the defaults are used instead.',
  'storage.message.settingsUnavailable': 'Settings cannot be saved on this device.',
  'storage.message.settingsFull': 'The device storage is full: settings were not saved.',
  'storage.message.settingsFailed': 'Settings could not be saved on this device.',
  'storage.message.settingsUnreadable': 'Settings could not be read on this device.',
  'storage.message.settingsKeptUnsaved':
    'Settings could not be read on this device, so changes last only until Tractus closes; ' +
    'your saved settings are left as they were.',
  'storage.message.settingsReset':
    'Some saved settings could not be read and are back to their defaults. Check them in Settings.',
  'storage.message.settingsDamaged': 'Saved settings were damaged and have been reset.',
} as const;
