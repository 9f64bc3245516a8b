// English words for the live session: recap, phase details, controls, check-ins and the end.
import { STOP_REASON_TEXT_EN } from '../../../domain/screening/stopReasons';

export const live = {
  'live.recap.title': 'Ready to start',
  'live.recap.intro':
    'Read this together. Then the receiver taps Start session, and Tractus talks the partner ' +
    'through every pull.',
  'live.recap.technique': 'Technique',
  'live.recap.plan': 'Plan',
  'live.recap.planValue':
    'Holds of {hold} seconds (up to {holdMax}), a {release}-second release, {rest} seconds of ' +
    'rest between pulls, about {total} minutes in all.',
  'live.recap.stop': 'How to stop',
  'live.recap.stopValue':
    'Say “{word}” or give the signal: {signal}. The partner releases slowly at once.',
  'live.recap.notNow': 'Not now, back to Home',
  'live.recap.controls':
    'The receiver keeps the phone. Stop is the large red button at the bottom of the screen. ' +
    'On a keyboard, Space or Escape also stop.',
  'live.title': 'Live session',
  'live.controls': 'Session controls',
  'live.button.pain': 'Pain',
  'live.countdown.unit': 's',
  'live.countdown.label': 'seconds left in this phase',
  'live.caption.label': 'Now',
  'live.progress.pull': 'Pull {n} of about {m}',
  'live.progress.left': '{time} left in the session',
  'live.reminder.label': 'To stop:',
  'live.reminder.value': 'say “{word}”, or signal: {signal}',
  'live.status.getReady': 'pull {n}. Partner, take your grip.',
  'live.status.ramp': 'lean back slowly.',
  'live.status.hold': 'keep it steady.',
  'live.status.release': 'release slowly.',
  'live.status.rest': 'how was that pull?',
  'live.status.paused': 'relax. {resume} when you are both ready.',
  'live.status.stopCheck': 'why did you stop?',
  'live.status.stopChoice': 'carry on or end the session?',
  'live.status.done': 'session complete.',
  'live.status.ended': 'the session has ended.',
  'live.problem.speech': 'Voice is not available — follow the captions and beeps',
  'live.problem.screen':
    'This device could not keep the screen on, so it may go dark. The session keeps time, and ' +
    'tapping the screen brings Stop back.',
  'live.problem.storage':
    'Tractus could not save this session on the device: {message} The session carries on, and ' +
    'nothing is lost while this screen stays open.',
  'live.rating.heading': 'How was that pull?',
  'live.rating.legend': 'Receiver: how did it feel?',
  'live.rating.tooGentle': 'Too gentle',
  'live.rating.justRight': 'Just right',
  'live.rating.tooStrong': 'Too strong',
  'live.rating.painful': 'Painful',
  'live.rating.error': 'Choose how the pull felt.',
  'live.discomfort.legend': 'Any discomfort? Tick where (optional)',
  'live.discomfort.ankles': 'Ankles',
  'live.discomfort.knees': 'Knees',
  'live.discomfort.hips': 'Hips',
  'live.discomfort.belt': 'Where the belt sits',
  'live.discomfort.sliding': 'Sliding on the surface',
  'live.next.heading': 'Next pull',
  'live.next.same': 'The same pull.',
  'live.next.longer': 'The same pull, held a little longer.',
  'live.next.less': 'Lean back a little less.',
  'live.next.more': 'A little more — still slowly.',
  'live.next.eased': 'Only as far as after easing off.',
  'live.next.hold': 'Hold for {seconds} seconds.',
  'live.next.position': 'Before the next pull:',
  'live.position.gripHigherOrPadded': 'Grip a little higher on the legs, or pad the grip.',
  'live.position.switchToPelvicBelt': 'Consider the pelvic belt instead of the ankle hold.',
  'live.position.switchToAnkleHold': 'Consider the ankle hold instead of the pelvic belt.',
  'live.position.beltHigherAwayFromGroin': 'Move the belt a little higher, away from the groin.',
  'live.position.firmerSurface': 'Move to a firmer, non-slip surface.',
  'live.stopCheck.heading': 'Why did you stop?',
  'live.stopCheck.legend':
    'Receiver: choose what fits best. The most serious come first; if more than one fits, choose the most serious.',
  'live.stopCheck.error': 'Choose why you stopped.',
  'live.stopReason.finished': STOP_REASON_TEXT_EN.finished,
  'live.stopReason.wantedToStop': STOP_REASON_TEXT_EN.wantedToStop,
  'live.stopReason.discomfort': STOP_REASON_TEXT_EN.discomfort,
  'live.stopReason.slipped': STOP_REASON_TEXT_EN.slipped,
  'live.stopReason.sharpPain': STOP_REASON_TEXT_EN.sharpPain,
  'live.stopReason.numbness': STOP_REASON_TEXT_EN.numbness,
  'live.stopReason.dizziness': STOP_REASON_TEXT_EN.dizziness,
  'live.stopReason.urgentSign': STOP_REASON_TEXT_EN.urgentSign,
  'live.stopChoice.heading': 'Carry on or end?',
  'live.stopChoice.intro': 'Only carry on if you both want to.',
  'live.stopChoice.gentler': 'The next pull will be gentler.',
  'live.stopChoice.slipped': 'Re-grip or re-set the belt before the next pull.',
  'live.stopChoice.carryOn': 'Carry on',
  'live.stopChoice.end': 'End the session',
  'live.paused.heading': 'Paused',
  'live.paused.intro': 'Relax. Tap Resume when you are both ready, or end the session here.',
  'live.end.done': 'Session complete',
  'live.end.receiverEnded': 'Session ended',
  'live.end.doneAdvice':
    'Let go fully. Rest for a minute, then the receiver rolls onto one side to get up.',
  'live.end.redFlagTitle': 'Stop for today. Get professional advice before the next session.',
  'live.end.redFlagBody':
    'What you felt is a reason not to carry on. The check before your next session will ask ' +
    'about it again.',
  'live.end.urgentTitle': 'Seek urgent medical care now',
  'live.end.urgentBody':
    'These signs need a doctor today. Call your local emergency number or go to an emergency ' +
    'department, and say what you felt.',
  'live.end.endedHeading': 'Session ended',
  'live.recoveredStop.title': 'One question before the summary',
  'live.recoveredStop.intro': 'Tractus closed after a stop, before you said why you stopped.',
  'live.recoveredStop.saveFailed': 'Your answer could not be saved: {message}',
} as const;
