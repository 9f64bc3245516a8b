// English words for the safety screening, the "anything changed?" check and their outcomes.
import type { QuestionId } from '../../../domain/screening';

// Every question the domain can ask; a yes always means the concern applies.
const questions = {
  'screening.q.spinalInstability':
    'Have you been told that your spine is unstable, that you have a recent fracture in your ' +
    'spine, or that the ligaments in your back are very loose?',
  'screening.q.weakenedBone':
    'Have you been told you have severe osteoporosis (fragile bones), or another condition that ' +
    'weakens the bones of the spine, such as a tumour or an active infection in the spine?',
  'screening.q.backSurgery': 'Have you had back surgery?',
  'screening.q.painWorseWithStretch':
    'Do you have sudden or sharp pain, or pain that spreads (for example down a leg), that gets ' +
    'worse when your back is stretched or pulled?',
  'screening.q.numbnessOrWeakness':
    'Do you have numbness, tingling or muscle weakness that is new or getting worse?',
  'screening.q.pregnancy': 'Are you pregnant, or could you be pregnant?',
  'screening.q.saddleNumbness':
    'Do you have numbness around your genitals, buttocks or inner thighs?',
  'screening.q.bladderOrBowel':
    'Have you recently had new difficulty passing urine, or lost control of your bladder ' +
    'or bowels?',
  'screening.q.sexualDysfunction':
    'Have you noticed new problems with sexual function along with your back pain?',
  'screening.q.legWeakness':
    'Do you have numbness or weakness in both legs, or weakness in a leg that is getting worse?',
  'screening.q.cancerOrUnwell':
    'Have you ever had cancer, lost weight without knowing why, or had a fever or felt unwell ' +
    'along with your back pain?',
  'screening.q.fallOrAccident': 'Did your back pain begin after a bad fall or an accident?',
  'screening.q.steroidsOrImmunity':
    'Do you take steroid medicine long-term, or is your immune system weakened (by an illness ' +
    'or a medicine)?',
  'screening.q.inflammatoryArthritis':
    'Do you have inflammatory arthritis, such as rheumatoid arthritis or ankylosing spondylitis?',
  'screening.q.aneurysmOrHernia':
    'Do you have a known abdominal aortic aneurysm (a widened main artery in the belly), ' +
    'a hernia in your belly, or a hiatal hernia?',
  'screening.q.bloodPressureHeartLung':
    'Do you have high blood pressure that is not under control, or serious heart or ' +
    'lung disease?',
  'screening.q.cannotLieFlat': 'Is it uncomfortable for you to lie flat on your back?',
  'screening.q.ankleHoldJoints':
    'Have you had an injury, a joint replacement, or instability in a hip, knee or ankle?',
  'screening.q.pelvicBeltHipGroin':
    'Do you have a hip replacement, a hernia in the groin, or a problem with circulation ' +
    'in your legs?',
  'screening.q.changedNumbness':
    'Since your last session or check, has any numbness, tingling or weakness started or got ' +
    'worse?',
  'screening.q.changedPain':
    'Since your last session or check, has any sharp pain, or pain spreading down a leg, ' +
    'started or got worse?',
  'screening.q.newInjury': 'Have you had a new injury or a fall since your last session or check?',
  'screening.q.newSurgery':
    'Since your last session or check, have you had an operation on your back or spine?',
  'screening.q.newOtherOperation':
    'Since your last session or check, have you had any other operation?',
  'screening.q.stillSharpPain':
    'Do you still have any of the sharp pain, or pain spreading down a leg, that your last ' +
    'session ended with?',
  'screening.q.stillNumbness':
    'Do you still have any of the numbness, tingling or weakness that your last session ended with?',
  'screening.q.dizziness':
    'Have you had dizziness or nausea again since your last session, or do you have it now?',
} as const satisfies Record<`screening.q.${QuestionId}`, string>;

// What each yes means, in plain words, shown on the outcome screen; never a diagnosis.
const reasons = {
  'screening.reason.spinalInstability':
    'You said your spine may be unstable or recently fractured, or the ligaments very loose. ' +
    'A pull could move parts of the spine that need to stay still.',
  'screening.reason.weakenedBone':
    'You said the bones of your spine may be fragile or weakened. A pull could injure them.',
  'screening.reason.backSurgery':
    'You had back surgery in the last six months. The back needs time to heal, and a pull ' +
    'could disturb it.',
  'screening.reason.painWorseWithStretch':
    'You have sharp or spreading pain that gets worse when your back is stretched or pulled. ' +
    'A pull could make it worse.',
  'screening.reason.numbnessOrWeakness':
    'You have numbness, tingling or weakness that is new or getting worse. A pull could make ' +
    'it worse.',
  'screening.reason.pregnancy':
    'You are or could be pregnant. Pregnancy loosens joints and ligaments, so a pull could ' +
    'overstretch them.',
  'screening.reason.saddleNumbness': 'Numbness around the genitals, buttocks or inner thighs.',
  'screening.reason.bladderOrBowel':
    'New difficulty passing urine, or loss of bladder or bowel control.',
  'screening.reason.sexualDysfunction': 'New problems with sexual function along with back pain.',
  'screening.reason.legWeakness':
    'Numbness or weakness in both legs, or weakness in a leg that is getting worse.',
  'screening.reason.cancerOrUnwell':
    'Cancer in the past, weight loss without a known reason, or fever or feeling unwell with ' +
    'back pain.',
  'screening.reason.fallOrAccident': 'Back pain that began after a bad fall or an accident.',
  'screening.reason.steroidsOrImmunity': 'Long-term steroid medicine, or a weakened immune system.',
  'screening.reason.inflammatoryArthritis':
    'Inflammatory arthritis, such as rheumatoid arthritis or ankylosing spondylitis.',
  'screening.reason.aneurysmOrHernia':
    'An abdominal aortic aneurysm, a hernia in the belly, or a hiatal hernia.',
  'screening.reason.bloodPressureHeartLung':
    'High blood pressure that is not under control, or serious heart or lung disease.',
  'screening.reason.cannotLieFlat': 'Lying flat on your back is uncomfortable.',
  'screening.reason.ankleHoldJoints':
    'An injury, joint replacement or instability in a hip, knee or ankle. The ankle hold pulls ' +
    'through these joints.',
  'screening.reason.pelvicBeltHipGroin':
    'A hip replacement, a groin hernia or a circulation problem in the legs. The belt sits ' +
    'close to the groin.',
  'screening.reason.changedNumbness':
    'Numbness, tingling or weakness that started or got worse since your last session or ' +
    'check. A pull could make it worse.',
  'screening.reason.changedPain':
    'Sharp or spreading pain that started or got worse since your last session or check. A ' +
    'pull could make it worse.',
  'screening.reason.newInjury': 'A new injury or fall since your last session or check.',
  'screening.reason.newSurgery':
    'An operation on your back or spine in the last six months. The back needs time to heal, ' +
    'and a pull could disturb it.',
  'screening.reason.newOtherOperation':
    'An operation since your last session or check (not on the back or spine).',
  'screening.reason.stillSharpPain':
    'Sharp or spreading pain from the end of your last session that is still there. A pull ' +
    'could make it worse.',
  'screening.reason.stillNumbness':
    'Numbness, tingling or weakness from the end of your last session that is still there. A ' +
    'pull could make it worse.',
  'screening.reason.dizziness':
    'Dizziness or nausea, as at the end of your last session, that has come back or is still ' +
    'there.',
} as const satisfies Record<`screening.reason.${QuestionId}`, string>;

export const screening = {
  ...questions,
  ...reasons,
  'screening.title': 'Safety questions',
  'screening.intro':
    'Some health conditions make traction unsafe. These questions are about the receiver, the ' +
    'person who will lie down. Please answer every one.',
  'screening.howToAnswer':
    'Yes means it applies to you. If you are not sure, answer Yes: it is the safer choice.',
  'screening.privacy': 'Your answers stay on this device.',
  'screening.lastSession.title': 'Your last session ended early',
  'screening.lastSession.endedWith': 'It ended because of:',
  'screening.lastSession.askedAgain':
    'The first questions below ask about this again. Answer them for how things are now.',
  'screening.lastSession.professional':
    'Before you go on, we recommend asking a doctor or physiotherapist for advice.',
  'screening.section.lastSession': 'About how your last session ended',
  'screening.section.spine': 'Your spine and bones',
  'screening.section.symptoms': 'How your back and legs feel',
  'screening.section.health': 'Your general health',
  'screening.section.position': 'Lying down and your joints',
  'screening.section.changes': 'Since your last session or check',
  'screening.section.signs': 'Other signs to check',
  'screening.section.other': 'Other questions',
  'screening.date.backSurgery': 'When was your most recent back surgery?',
  'screening.date.newSurgery':
    'When was the operation on your back or spine? If there was more than one, give the most ' +
    'recent.',
  'screening.date.other': 'When did it happen? If more than once, give the most recent date.',
  'screening.date.hint':
    'If you are not sure of the exact day, choose the latest day it could have been.',
  'screening.error.unanswered': 'Answer Yes or No.',
  'screening.error.dateMissing': 'Enter the date.',
  'screening.error.dateInvalid': 'Enter a real date, with the day, month and year.',
  'screening.error.dateFuture':
    'The date cannot be in the future. Enter the day it happened, on or before today.',
  'screening.urgent.title': 'Seek urgent medical care now',
  'screening.urgent.body':
    'Some of your answers can be signs that need a doctor to check you today. Do not use ' +
    'traction.',
  'screening.urgent.action':
    'Contact an urgent care service or an emergency department now, or call your local ' +
    'emergency number. Tell them about the signs below.',
  'screening.urgent.reasonsHeading': 'What you told us',
  'screening.urgent.noSession': 'There will be no traction session today.',
  'screening.urgentToday.body':
    'Earlier today you told Tractus about a sign that needs a doctor to check you today. Do ' +
    'not use traction.',
  'screening.urgentToday.action':
    'If you have not been checked yet, contact an urgent care service or an emergency ' +
    'department now, or call your local emergency number.',
  'screening.urgentToday.noSession':
    'There will be no traction session today. A session is possible again from tomorrow, ' +
    'after a health professional has checked you. The safety questions come first.',
  'screening.avoid.title': 'Do not use traction',
  'screening.avoid.body':
    'Based on your answers, partner traction must not be used. Pulling on the back could ' +
    'cause harm.',
  'screening.avoid.reasonsHeading': 'Why',
  'screening.avoid.professional':
    'Please talk to a doctor or physiotherapist about your back. They can advise on what is ' +
    'safe for you.',
  'screening.avoid.noSession': 'Tractus will not guide a session while this applies.',
  'screening.avoidToday.note':
    'You gave these answers earlier today, so there is no session today. The safety questions ' +
    'are asked again from tomorrow.',
  'screening.askFirst.title': 'Talk to a health professional first',
  'screening.askFirst.body':
    'Some of your answers mean a health professional should check that partner traction is ' +
    'suitable for you before you start.',
  'screening.askFirst.reasonsHeading': 'What a professional should know about',
  'screening.askFirst.urgentEarlier':
    'On {date} you told Tractus about a sign that needed urgent care. Traction can start again ' +
    'only once a health professional has checked you since then.',
  'screening.askFirst.notYet':
    'If you have not talked to a health professional about this yet, stop here and come back ' +
    'after you have.',
  'screening.askFirst.confirm':
    'A health professional has reviewed my situation and agreed partner traction is suitable ' +
    'for me',
  'screening.askFirst.confirmHint': 'Today’s date is saved with this confirmation.',
  'screening.askFirst.error':
    'Tick this only once a health professional has agreed. Until then, do not use traction.',
  'screening.preSession.title': 'Anything changed?',
  'screening.preSession.intro':
    'Before every session, check whether anything has changed for the receiver, the person ' +
    'who will lie down.',
} as const;
