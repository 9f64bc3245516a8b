// German words for after the session: pain now, a note, the summary and the plan for next time.
import type { summary as english } from '../en/summary';

export const summary = {
  'summary.title': 'Nach der Sitzung',
  'summary.intro':
    'Nehmen Sie sich einen Moment. Sagen Sie Tractus dann, wie es der liegenden Person jetzt geht.',
  'summary.pain.legend': 'Liegende Person: Wie stark sind Ihre Rückenschmerzen jetzt?',
  'summary.pain.hint':
    '0 bedeutet gar keine Schmerzen und 10 die schlimmsten, die Sie sich vorstellen können.',
  'summary.pain.error': 'Wählen Sie eine Zahl von 0 bis 10.',
  'summary.note.label': 'Eine Notiz (freiwillig)',
  'summary.note.hint':
    'Alles, was Sie sich merken möchten: wie es sich angefühlt hat, was Sie geändert haben.',
  'summary.facts.heading': 'Diese Sitzung',
  'summary.facts.pulls': 'Züge',
  'summary.facts.traction': 'Zeit unter Zug',
  'summary.facts.longestHold': 'Längstes Halten',
  'summary.facts.longestHoldValue': '{seconds} s',
  'summary.facts.pain': 'Schmerz vorher und nachher',
  'summary.facts.notRecorded': 'nicht erfasst',
  'summary.facts.painValue': '{before} → {after}',
  'summary.facts.painValueSpoken': '{before} vorher, {after} nachher',
  'summary.next.heading': 'Nächstes Mal',
  'summary.next.progress': 'Nächstes Mal etwas mehr.',
  'summary.next.same': 'Nächstes Mal derselbe Plan.',
  'summary.next.easier': 'Nächstes Mal etwas leichter.',
  'summary.next.gentlest': 'Schon der sanfteste Plan, also nächstes Mal derselbe.',
  'summary.next.reason.firstSession': 'Dies war die erste Sitzung mit diesem Plan.',
  'summary.next.reason.comfortableAndNoWorse':
    'Jeder bewertete Zug war angenehm, und die Schmerzen danach waren nicht stärker als vorher.',
  'summary.next.reason.notEnoughFeedback':
    'Es gab nicht genug Bewertungen oder Schmerzwerte, um den Plan sicher zu ändern.',
  'summary.next.reason.painWorseAfter': 'Die Schmerzen danach waren stärker als vorher.',
  'summary.next.reason.pullTooStrong':
    'Ein Zug war zu stark oder schmerzhaft, oder die Sitzung wurde wegen Beschwerden gestoppt.',
  'summary.next.reason.endedEarly':
    'Die Sitzung endete vor der geplanten Zeit, daher bleibt der Plan, wie er war.',
  'summary.next.reason.easedOrStopped':
    'Ein Zug wurde gelockert oder gestoppt, daher bleibt der Plan, wie er war.',
  'summary.next.reason.endedByRedFlag':
    'Die Sitzung wurde wegen eines Warnzeichens beendet. Holen Sie vor der nächsten fachlichen Rat ein.',
  'summary.next.plan':
    '{technique}: {hold} Sekunden halten (bis zu {holdMax}), {release} Sekunden lösen, {rest} Sekunden Ruhe, insgesamt etwa {total} Minuten.',
  'summary.leaveUnsaved': 'Ohne Speichern verlassen',
  'summary.saveFailed':
    'Ihre Antworten konnten nicht gespeichert werden: {message} Sie sind noch da; versuchen Sie es erneut.',
} satisfies Record<keyof typeof english, string>;
