// English text alternatives and labels for the illustrations drawn for Tractus.
export const illustrations = {
  'illustrations.receiverLying.alt':
    'The receiver lies face-up on a firm mat, head resting, arms relaxed by the sides and legs ' +
    'straight, with the phone in one hand.',
  'illustrations.partnerStance.alt':
    'The partner stands with feet apart and knees soft, arms long and straight, leaning back so ' +
    'the pull comes from body weight rather than the arms.',
  'illustrations.ankleHold.alt':
    'The ankle hold: the partner’s hand grips the lower leg just above the ankle joint. The ankle ' +
    'joint itself is marked “not here”. An arrow shows the slow pull toward the feet.',
  'illustrations.ankleHold.gripHere': 'Grip here',
  'illustrations.ankleHold.notHere': 'Not here',
  'illustrations.pelvicBelt.alt':
    'The pelvic belt: a wide belt loops around the upper thighs close to the hips. The groin is ' +
    'marked “not here”: the belt must not press into it. An arrow shows the gentle pull toward ' +
    'the feet.',
  'illustrations.pelvicBelt.beltHere': 'Belt here',
  'illustrations.pelvicBelt.notHere': 'Not here',
} as const;
