// German words for the stop agreement: stop word, physical signal, confirmations, 0–10 scale.
import type { agreement as english } from '../en/agreement';

export const agreement = {
  'agreement.title': 'Vereinbaren, wie gestoppt wird',
  'agreement.intro':
    'Vereinbaren Sie vor jedem Zug gemeinsam, wie die liegende Person ihn stoppt und wie die helfende Person darauf reagiert.',
  'agreement.stopWord.label': 'Stoppwort',
  'agreement.stopWord.hint':
    'Ein kurzes, klares Wort, das die liegende Person sagt, um sofort zu stoppen.',
  'agreement.stopWord.error': 'Geben Sie ein Stoppwort ein, zum Beispiel „Stopp“.',
  'agreement.signal.legend': 'Ein Stoppsignal ohne Worte',
  'agreement.signal.hint':
    'Für den Fall, dass Sprechen schwerfällt. Die helfende Person achtet darauf, es zu sehen und zu spüren.',
  'agreement.signal.twoTaps': 'Zweimal auf den Arm der helfenden Person tippen',
  'agreement.signal.raisedHand': 'Eine erhobene Hand',
  'agreement.signal.other': 'Ein anderes Signal',
  'agreement.signal.otherLabel': 'Beschreiben Sie Ihr Signal',
  'agreement.signal.error': 'Wählen Sie ein Stoppsignal.',
  'agreement.signal.otherError': 'Beschreiben Sie das Signal, das Sie verwenden werden.',
  'agreement.confirm.heading': 'Beide bestätigen',
  'agreement.confirm.receiver': 'Liegende Person: Ich werde dieses Signal verwenden',
  'agreement.confirm.receiverError': 'Die liegende Person muss dies ankreuzen.',
  'agreement.confirm.partner': 'Helfende Person: Ich löse langsam, sobald ich es höre oder sehe',
  'agreement.confirm.partnerError': 'Die helfende Person muss dies ankreuzen.',
  'agreement.scale.heading': 'Die Skala von 0 bis 10',
  'agreement.scale.intro':
    'Bei jedem Zug bewertet die liegende Person, was sie spürt, von 0 bis 10.',
  'agreement.scale.zero': '0 bedeutet gar nichts.',
  'agreement.scale.gentle': 'Ein sanfter Zug ist in Ordnung.',
  'agreement.scale.pain':
    'Jeder Schmerz bedeutet lösen: Sagen Sie das Stoppwort oder geben Sie das Signal, und die helfende Person löst langsam.',
  'agreement.baseline.legend': 'Liegende Person: Wie stark sind Ihre Rückenschmerzen gerade?',
  'agreement.baseline.hint':
    '0 bedeutet gar keine Schmerzen und 10 die schlimmsten, die Sie sich vorstellen können.',
  'agreement.baseline.error': 'Wählen Sie eine Zahl von 0 bis 10.',
} satisfies Record<keyof typeof english, string>;
