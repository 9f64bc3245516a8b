// German words for the first-run Welcome screen: what Tractus is and is not, and the evidence.
import type { welcome as english } from '../en/welcome';

export const welcome = {
  'welcome.title': 'Willkommen bei Tractus',
  'welcome.intro':
    'Tractus begleitet zwei Personen durch die Traktion des unteren Rückens. Eine Person (die liegende Person) liegt auf dem Rücken; die andere (die helfende Person) zieht langsam, sanft und gleichmäßig.',
  'welcome.does.heading': 'Was Tractus tut',
  'welcome.does.screen':
    'Stellt zuerst Sicherheitsfragen und leitet keinen Zug an, wenn eine Antwort dagegen spricht.',
  'welcome.does.prepare':
    'Hilft Ihnen, gemeinsam ein Stoppsignal zu vereinbaren und alles sicher vorzubereiten.',
  'welcome.does.coach':
    'Leitet die helfende Person per Sprache durch jeden Zug, ohne dass sie das Handy berühren muss, und gibt der liegenden Person eine „Stop“-Taste, die immer funktioniert.',
  'welcome.does.log': 'Führt ein ehrliches Protokoll, das nur auf diesem Gerät gespeichert wird.',
  'welcome.isNot.heading': 'Was Tractus nicht ist',
  'welcome.isNot.treatment':
    'Tractus ist eine Anleitung, keine Behandlung. Es behandelt, heilt oder lindert keine Erkrankung.',
  'welcome.isNot.care': 'Es ersetzt keine professionelle Versorgung.',
  'welcome.isNot.advice':
    'Wir empfehlen, sich vor dem Start von einer medizinischen Fachperson beraten zu lassen, zum Beispiel ärztlich oder physiotherapeutisch.',
  'welcome.isNot.cause': 'Es kann Ihnen nicht sagen, was Ihre Rückenschmerzen verursacht.',
  'welcome.evidence.title': 'Was die Forschung sagt',
  'welcome.evidence.body':
    'Systematische Übersichtsarbeiten zeigen, dass Traktion bei Kreuzschmerzen im Durchschnitt wenig oder keinen Unterschied macht (Cochrane-Review CD003010, 2013). Manche Menschen empfinden sie als angenehm.',
  'welcome.ack.label':
    'Ich verstehe, dass Tractus eine Anleitung und keine Behandlung ist und keine professionelle Versorgung ersetzt.',
  'welcome.ack.error':
    'Setzen Sie das Häkchen, um zu bestätigen, dass Sie dies gelesen haben, und fahren Sie dann fort.',
} satisfies Record<keyof typeof english, string>;
