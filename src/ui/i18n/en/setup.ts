// English words for the set-up checklist: each item, why it matters, and the audio check.
export const setup = {
  'setup.title': 'Set up together',
  'setup.intro': 'Tick each item once it is done. Each one helps keep every pull safe.',
  'setup.surface.label': 'A sturdy, non-slip surface',
  'setup.surface.why':
    'A firm mat on the floor, or a stable bed without wheels, so nobody slides during a pull.',
  'setup.room.label': 'Room for the partner to lean back',
  'setup.room.why':
    'The partner pulls by leaning back, so the space behind them must be clear of furniture ' +
    'and anything to trip on.',
  'setup.receiver.label': 'The receiver is lying face-up and fully relaxed',
  'setup.receiver.why':
    'Relaxed muscles let a gentle pull do its work. Keep the phone within reach for Stop.',
  'setup.partner.label': 'The partner has a stable stance',
  'setup.partner.why':
    'Feet apart, knees soft, arms long. Pull with body weight, not arm strength, so the pull ' +
    'stays slow and steady.',
  'setup.audio.heading': 'Audio check',
  'setup.audio.why':
    'The session is led by sound, so the partner can keep their eyes on the receiver rather ' +
    'than the screen. Check you can both hear it.',
  'setup.audio.play': 'Play the audio check',
  'setup.audio.playing': 'Playing the audio check…',
  'setup.audio.played': 'The audio check has played. Did you both hear it?',
  'setup.audio.playedVoice':
    'The audio check has played a spoken sentence, without a beep: beeps are off in Settings. ' +
    'Did you both hear it?',
  'setup.audio.playedBeep':
    'The audio check has played a beep, without words: spoken cues are off in Settings, so each ' +
    'cue will be a beep and a caption. Did you both hear it?',
  'setup.audio.playedStop':
    'The audio check has played the Stop sound. Spoken cues and beeps are off in Settings, so in ' +
    'the session only Stop and release will make a sound: the partner must watch the screen for ' +
    'every other cue. Did you both hear it?',
  'setup.audio.failed':
    'The audio check could not play. Turn the volume up, check that sound is allowed, and try ' +
    'again.',
  'setup.audio.voiceFailed':
    'The voice could not be played on this device. Every cue will still be shown as a caption, with a beep.',
  'setup.audio.voiceFailedStopOnly':
    'The voice could not be played on this device, and beeps are off in Settings, so the check ' +
    'played the Stop sound instead. In the session only Stop and release will make a sound: the ' +
    'partner must watch the screen for every other cue.',
  'setup.audio.heard': 'We both heard it',
  'setup.audio.notPlayed': 'Play the audio check first, then tick this if you both heard it.',
  'setup.item.error': 'Tick this once it is done.',
  'setup.missing.heading': 'Still to do before you continue:',
} as const;
