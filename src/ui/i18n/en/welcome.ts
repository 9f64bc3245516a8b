// English words for the first-run Welcome screen: what Tractus is and is not, and the evidence.
export const welcome = {
  'welcome.title': 'Welcome to Tractus',
  'welcome.intro':
    'Tractus guides two people through partner-assisted lower-back traction. One person (the ' +
    'receiver) lies on their back; the other (the partner) applies a slow, gentle, steady pull.',
  'welcome.does.heading': 'What Tractus does',
  'welcome.does.screen':
    'Asks safety questions first, and does not guide a pull when an answer says not to.',
  'welcome.does.prepare': 'Helps you agree a stop signal and set up safely together.',
  'welcome.does.coach':
    'Talks the partner through every pull, hands-free, and gives the receiver a Stop control ' +
    'that always works.',
  'welcome.does.log': 'Keeps an honest record, stored only on this device.',
  'welcome.isNot.heading': 'What Tractus is not',
  'welcome.isNot.treatment':
    'Tractus is a coach, not a treatment. It does not treat, cure or relieve any condition.',
  'welcome.isNot.care': 'It is not a substitute for professional care.',
  'welcome.isNot.advice':
    'We recommend getting advice from a health professional, such as a doctor or ' +
    'physiotherapist, before you start.',
  'welcome.isNot.cause': 'It cannot tell you what is causing your back pain.',
  'welcome.evidence.title': 'What the research says',
  'welcome.evidence.body':
    'Systematic reviews find that traction makes little or no difference to low back pain on ' +
    'average (Cochrane review CD003010, 2013). Some people find it comfortable.',
  'welcome.ack.label':
    'I understand that Tractus is a coach, not a treatment, and not a substitute for ' +
    'professional care.',
  'welcome.ack.error': 'Tick the box to confirm you have read this, then continue.',
} as const;
