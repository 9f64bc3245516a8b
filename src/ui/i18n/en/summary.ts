// English words for after the session: pain now, a note, the summary and the plan for next time.
export const summary = {
  'summary.title': 'After the session',
  'summary.intro': 'Take a moment. Then tell Tractus how the receiver feels now.',
  'summary.pain.legend': 'Receiver: how much back pain do you have now?',
  'summary.pain.hint': '0 means no pain at all and 10 the worst you can imagine.',
  'summary.pain.error': 'Choose a number from 0 to 10.',
  'summary.note.label': 'A note (optional)',
  'summary.note.hint': 'Anything worth remembering: how it felt, what you changed.',
  'summary.facts.heading': 'This session',
  'summary.facts.pulls': 'Pulls',
  'summary.facts.traction': 'Time under traction',
  'summary.facts.longestHold': 'Longest hold',
  'summary.facts.longestHoldValue': '{seconds} s',
  'summary.facts.pain': 'Pain before and after',
  'summary.facts.notRecorded': 'not recorded',
  'summary.facts.painValue': '{before} → {after}',
  'summary.facts.painValueSpoken': '{before} before, {after} after',
  'summary.next.heading': 'Next time',
  'summary.next.progress': 'A little more next time.',
  'summary.next.same': 'The same plan next time.',
  'summary.next.easier': 'A little easier next time.',
  'summary.next.gentlest': 'Already the gentlest plan, so the same next time.',
  'summary.next.reason.firstSession': 'This was the first session on this plan.',
  'summary.next.reason.comfortableAndNoWorse':
    'Every rated pull felt comfortable and the pain afterwards was no worse than before.',
  'summary.next.reason.notEnoughFeedback':
    'There were not enough ratings or pain scores to change the plan safely.',
  'summary.next.reason.painWorseAfter': 'The pain afterwards was worse than before.',
  'summary.next.reason.pullTooStrong':
    'A pull felt too strong or painful, or the session was stopped for discomfort.',
  'summary.next.reason.endedEarly':
    'The session ended before its planned time, so the plan stays as it was.',
  'summary.next.reason.easedOrStopped':
    'A pull was eased off or stopped, so the plan stays as it was.',
  'summary.next.reason.endedByRedFlag':
    'The session ended because of a warning sign. Get professional advice before the next one.',
  'summary.next.plan':
    '{technique}: holds of {hold} seconds (up to {holdMax}), a {release}-second release, ' +
    '{rest} seconds of rest, about {total} minutes in all.',
  'summary.leaveUnsaved': 'Leave without saving',
  'summary.saveFailed':
    'Your answers could not be saved: {message} They are still here; try again.',
} as const;
