// English words for Settings: language, voice, cues, display and the plan defaults with their limits.
export const settings = {
  'settings.title': 'Settings',
  'settings.saveProblem': 'Your settings could not be saved',
  'settings.savedAsYouGo': 'Changes are saved as you make them.',

  'settings.languageAndVoice': 'Language and voice',
  'settings.language.legend': 'Language',
  'settings.language.device': 'Same as this device',
  // Each language is named in its own words, so a reader finds theirs.
  'settings.language.en': 'English',
  'settings.language.es': 'Español',
  'settings.language.de': 'Deutsch',

  'settings.voice.legend': 'Spoken cues',
  'settings.voice.on': 'Speak the cues aloud',
  'settings.voice.onHint': 'Captions are always shown, spoken or not.',
  'settings.voice.choice': 'Voice',
  'settings.voice.automatic': 'Automatic: the best voice on this device',
  'settings.voice.option': '{name} ({lang})',
  'settings.voice.optionNetwork': '{name} ({lang}, needs an internet connection)',
  'settings.voice.none':
    'No voice for this language was found on this device yet. Captions and beeps still work.',
  'settings.voice.rate': 'Speaking rate',
  'settings.voice.rateValue': '{rate}×',
  'settings.voice.rateHint': 'From {min}× (slower) to {max}× (faster).',
  'settings.voice.preview': 'Preview voice',
  'settings.voice.previewText': 'Lean back slowly. Hold here. Release slowly.',
  'settings.voice.unavailable':
    'Speech is not working on this device, so cues are shown as captions with beeps.',

  'settings.cues.heading': 'Cues and screen',
  'settings.cues.legend': 'During a session',
  'settings.cues.beeps': 'Beep with each cue',
  'settings.cues.beepsHint': 'Stop and release always make their own sound, even with beeps off.',
  'settings.cues.silent':
    'Spoken cues and beeps are both off: only Stop and release will make a sound. The partner ' +
    'must watch the screen for every other cue.',
  'settings.cues.vibration': 'Vibrate with each cue (where the device can)',
  'settings.cues.keepAwake': 'Keep the screen awake',
  'settings.cues.keepAwakeHint': 'So timing and the Stop control keep working.',

  'settings.display.heading': 'Display',
  'settings.textSize.legend': 'Text size',
  'settings.textSize.normal': 'Normal',
  'settings.textSize.large': 'Large',
  'settings.textSize.larger': 'Larger',
  'settings.theme.legend': 'Colours',
  'settings.theme.system': 'Same as this device',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',

  'settings.plan.heading': 'Plan defaults',
  'settings.plan.legend': 'Timing each new plan starts from',
  'settings.plan.hint':
    'After each session the plan adapts within these limits. Tractus never goes outside them.',
  'settings.plan.holdSeconds': 'First hold (seconds)',
  'settings.plan.holdMaxSeconds': 'Longest hold (seconds)',
  'settings.plan.releaseSeconds': 'Release (seconds)',
  'settings.plan.restSeconds': 'Rest between pulls (seconds)',
  'settings.plan.totalMinutes': 'Total session (minutes)',
  'settings.plan.rangeSeconds': 'From {min} to {max} seconds.',
  'settings.plan.rangeMinutes': 'From {min} to {max} minutes.',
  'settings.plan.notWholeSeconds':
    'Enter a whole number of seconds. This setting has not been changed.',
  'settings.plan.notWholeMinutes':
    'Enter a whole number of minutes. This setting has not been changed.',
  'settings.plan.tooLowSeconds':
    'The least allowed is {min} seconds. This setting has not been changed.',
  'settings.plan.tooLowMinutes':
    'The least allowed is {min} minutes. This setting has not been changed.',
  'settings.plan.tooHighSeconds':
    'The most allowed is {max} seconds. This setting has not been changed.',
  'settings.plan.tooHighMinutes':
    'The most allowed is {max} minutes. This setting has not been changed.',
  'settings.plan.holdAboveMax':
    'The first hold cannot be longer than the longest hold ({max} seconds). This setting has ' +
    'not been changed.',
  'settings.plan.maxBelowHold':
    'The longest hold cannot be shorter than the first hold ({min} seconds). This setting has ' +
    'not been changed.',
} as const;
