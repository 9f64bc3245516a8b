// English wording of every screening question: plain and calm, and a yes means the concern applies.
import type { QuestionId } from './questions';

export const SCREENING_QUESTION_TEXT_EN: Record<QuestionId, string> = {
  spinalInstability:
    'Have you been told that your spine is unstable, that you have a recent fracture in your ' +
    'spine, or that the ligaments in your back are very loose?',
  weakenedBone:
    'Have you been told you have severe osteoporosis (fragile bones), or another condition that ' +
    'weakens the bones of the spine, such as a tumour or an active infection in the spine?',
  backSurgery: 'Have you had back surgery?',
  painWorseWithStretch:
    'Do you have sudden or sharp pain, or pain that spreads (for example down a leg), that gets ' +
    'worse when your back is stretched or pulled?',
  numbnessOrWeakness:
    'Do you have numbness, tingling or muscle weakness that is new or getting worse?',
  pregnancy: 'Are you pregnant, or could you be pregnant?',
  saddleNumbness: 'Do you have numbness around your genitals, buttocks or inner thighs?',
  bladderOrBowel:
    'Have you recently had new difficulty passing urine, or lost control of your bladder ' +
    'or bowels?',
  sexualDysfunction:
    'Have you noticed new problems with sexual function along with your back pain?',
  legWeakness:
    'Do you have numbness or weakness in both legs, or weakness in a leg that is getting worse?',
  cancerOrUnwell:
    'Have you ever had cancer, lost weight without knowing why, or had a fever or felt unwell ' +
    'along with your back pain?',
  fallOrAccident: 'Did your back pain begin after a bad fall or an accident?',
  steroidsOrImmunity:
    'Do you take steroid medicine long-term, or is your immune system weakened (by an illness ' +
    'or a medicine)?',
  inflammatoryArthritis:
    'Do you have inflammatory arthritis, such as rheumatoid arthritis or ankylosing spondylitis?',
  aneurysmOrHernia:
    'Do you have a known abdominal aortic aneurysm (a widened main artery in the belly), ' +
    'a hernia in your belly, or a hiatal hernia?',
  bloodPressureHeartLung:
    'Do you have high blood pressure that is not under control, or serious heart or ' +
    'lung disease?',
  cannotLieFlat: 'Is it uncomfortable for you to lie flat on your back?',
  ankleHoldJoints:
    'Have you had an injury, a joint replacement, or instability in a hip, knee or ankle?',
  pelvicBeltHipGroin:
    'Do you have a hip replacement, a hernia in the groin, or a problem with circulation ' +
    'in your legs?',
  changedNumbness:
    'Since your last session or check, has any numbness, tingling or weakness started or got ' +
    'worse?',
  changedPain:
    'Since your last session or check, has any sharp pain, or pain spreading down a leg, ' +
    'started or got worse?',
  newInjury: 'Have you had a new injury or a fall since your last session or check?',
  newSurgery: 'Since your last session or check, have you had an operation on your back or spine?',
  newOtherOperation: 'Since your last session or check, have you had any other operation?',
  stillSharpPain:
    'Do you still have any of the sharp pain, or pain spreading down a leg, that your last ' +
    'session ended with?',
  stillNumbness:
    'Do you still have any of the numbness, tingling or weakness that your last session ended with?',
  dizziness:
    'Have you had dizziness or nausea again since your last session, or do you have it now?',
};

/** The follow-up for a yes to a date question; the most recent date is the one that counts. */
export const SCREENING_DATE_TEXT_EN = {
  backSurgery: 'When was your most recent back surgery?',
  newSurgery:
    'When was the operation on your back or spine? If there was more than one, give the most ' +
    'recent.',
} as const satisfies Partial<Record<QuestionId, string>>;
