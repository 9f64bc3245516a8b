// English words for the stop agreement: stop word, physical signal, confirmations, 0–10 scale.
export const agreement = {
  'agreement.title': 'Agree how to stop',
  'agreement.intro':
    'Before any pull, agree together how the receiver (the person lying down) will stop it, ' +
    'and how the partner will respond.',
  'agreement.stopWord.label': 'Stop word',
  'agreement.stopWord.hint': 'A short, clear word the receiver says to stop at once.',
  'agreement.stopWord.error': 'Enter a stop word, for example Stop.',
  'agreement.signal.legend': 'A stop signal without words',
  'agreement.signal.hint': 'For when speaking is hard. The partner watches and feels for it.',
  'agreement.signal.twoTaps': 'Two taps on the partner’s arm',
  'agreement.signal.raisedHand': 'A raised hand',
  'agreement.signal.other': 'Another signal',
  'agreement.signal.otherLabel': 'Describe your signal',
  'agreement.signal.error': 'Choose a stop signal.',
  'agreement.signal.otherError': 'Describe the signal you will use.',
  'agreement.confirm.heading': 'Both of you confirm',
  'agreement.confirm.receiver': 'Receiver: I will use this signal',
  'agreement.confirm.receiverError': 'The receiver needs to tick this.',
  'agreement.confirm.partner': 'Partner: I will release slowly the moment I hear or see it',
  'agreement.confirm.partnerError': 'The partner needs to tick this.',
  'agreement.scale.heading': 'The 0 to 10 scale',
  'agreement.scale.intro': 'During each pull, the receiver rates what they feel from 0 to 10.',
  'agreement.scale.zero': '0 means nothing at all.',
  'agreement.scale.gentle': 'A gentle pull is fine.',
  'agreement.scale.pain':
    'Any pain means release: say the stop word or give the signal, and the partner releases ' +
    'slowly.',
  'agreement.baseline.legend': 'Receiver: how much back pain do you have right now?',
  'agreement.baseline.hint': '0 means no pain at all and 10 the worst you can imagine.',
  'agreement.baseline.error': 'Choose a number from 0 to 10.',
} as const;
