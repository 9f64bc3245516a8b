// English words for choosing a technique: the two names (fixed) and their steps.
export const technique = {
  'technique.title': 'Choose a technique',
  'technique.intro':
    'Both are slow, gentle pulls. Choose the one that suits you both. You can choose again ' +
    'before any session.',
  'technique.legend': 'Technique',
  'technique.error': 'Choose a technique.',
  'technique.stepsHeading': 'Steps',
  // The option names are fixed in English (assistive technology and tests rely on them).
  'technique.ankleHold': 'Ankle hold',
  'technique.ankleHold.summary': 'The partner holds both legs just above the ankles.',
  'technique.ankleHold.step1': 'The receiver lies face-up with legs straight and relaxed.',
  'technique.ankleHold.step2':
    'The partner stands at the receiver’s feet and grips both legs just above the ankle ' +
    'joints, never on the joint itself.',
  'technique.ankleHold.step3':
    'Keeping arms long, the partner leans back slowly, so the pull comes from body weight.',
  'technique.ankleHold.step4':
    'The pull builds gradually toward the feet, then stays steady for the hold.',
  'technique.pelvicBelt': 'Pelvic belt',
  'technique.pelvicBelt.summary':
    'A wide towel or belt around the upper thighs, close to the hips.',
  'technique.pelvicBelt.step1': 'Use a strong, wide towel or belt.',
  'technique.pelvicBelt.step2':
    'Loop it around the receiver’s upper thighs or sacrum (the flat bone at the base of the ' +
    'spine), close to the hips.',
  'technique.pelvicBelt.step3': 'Check that the belt does not press into the groin.',
  'technique.pelvicBelt.step4':
    'The partner keeps firm, steadying pressure on the pelvis while directing a gentle pull ' +
    'toward the knees or feet.',
} as const;
