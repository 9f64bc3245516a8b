// German words for the live session: recap, phase details, controls, check-ins and the end.
// The controls and rating options keep their English names; the recap and legends say what they mean.
import type { live as english } from '../en/live';

export const live = {
  'live.recap.title': 'Bereit zum Start',
  'live.recap.intro':
    'Lesen Sie dies gemeinsam. Dann tippt die liegende Person auf „Start session“ (Sitzung starten), und Tractus spricht die helfende Person durch jeden Zug.',
  'live.recap.technique': 'Technik',
  'live.recap.plan': 'Ablauf',
  'live.recap.planValue':
    '{hold} Sekunden halten (bis zu {holdMax}), {release} Sekunden lösen, {rest} Sekunden Ruhe zwischen den Zügen, insgesamt etwa {total} Minuten.',
  'live.recap.stop': 'So wird gestoppt',
  'live.recap.stopValue':
    'Sagen Sie „{word}“ oder geben Sie das Signal: {signal}. Die helfende Person löst sofort langsam.',
  'live.recap.notNow': 'Jetzt nicht, zurück zur Startseite',
  'live.recap.controls':
    'Die liegende Person behält das Handy. „Stop“ ist die große rote Taste unten auf dem Bildschirm; auf einer Tastatur stoppen auch die Leertaste und Escape. Mit „Gentle pull — hold here“ bestätigt die liegende Person, dass der Zug sanft ist, „Ease off“ heißt etwas nachlassen, und „Pause“ pausiert.',
  'live.title': 'Laufende Sitzung',
  'live.controls': 'Sitzungssteuerung',
  'live.button.pain': 'Schmerz',
  'live.countdown.unit': 'Sek.',
  'live.countdown.label': 'Sekunden in dieser Phase übrig',
  'live.caption.label': 'Jetzt',
  'live.progress.pull': 'Zug {n} von etwa {m}',
  'live.progress.left': 'Noch {time} in der Sitzung',
  'live.reminder.label': 'Zum Stoppen:',
  'live.reminder.value': '„{word}“ sagen oder Signal geben: {signal}',
  'live.status.getReady': 'Zug {n}. Helfende Person: Griff nehmen.',
  'live.status.ramp': 'langsam zurücklehnen.',
  'live.status.hold': 'gleichmäßig halten.',
  'live.status.release': 'langsam lösen.',
  'live.status.rest': 'wie war dieser Zug?',
  'live.status.paused': 'entspannen. „{resume}“ tippen, wenn Sie beide bereit sind.',
  'live.status.stopCheck': 'warum haben Sie gestoppt?',
  'live.status.stopChoice': 'weitermachen oder die Sitzung beenden?',
  'live.status.done': 'Sitzung beendet.',
  'live.status.ended': 'die Sitzung ist beendet.',
  'live.problem.speech': 'Sprachausgabe nicht verfügbar – folgen Sie den Untertiteln und Pieptönen',
  'live.problem.screen':
    'Dieses Gerät konnte den Bildschirm nicht eingeschaltet lassen, er kann also dunkel werden. Die Sitzung misst die Zeit weiter, und ein Tippen auf den Bildschirm bringt „Stop“ zurück.',
  'live.problem.storage':
    'Tractus konnte diese Sitzung nicht auf dem Gerät speichern: {message} Die Sitzung läuft weiter, und nichts geht verloren, solange dieser Bildschirm geöffnet bleibt.',
  'live.rating.heading': 'Wie war dieser Zug?',
  'live.rating.legend':
    'Liegende Person: Wie hat es sich angefühlt? (Too gentle: zu sanft · Just right: genau richtig · Too strong: zu stark · Painful: schmerzhaft)',
  'live.rating.tooGentle': 'Too gentle',
  'live.rating.justRight': 'Just right',
  'live.rating.tooStrong': 'Too strong',
  'live.rating.painful': 'Painful',
  'live.rating.error': 'Wählen Sie, wie sich der Zug angefühlt hat.',
  'live.discomfort.legend': 'Beschwerden? Kreuzen Sie an, wo (freiwillig)',
  'live.discomfort.ankles': 'Knöchel',
  'live.discomfort.knees': 'Knie',
  'live.discomfort.hips': 'Hüften',
  'live.discomfort.belt': 'Wo der Gurt sitzt',
  'live.discomfort.sliding': 'Rutschen auf der Unterlage',
  'live.next.heading': 'Nächster Zug',
  'live.next.same': 'Derselbe Zug.',
  'live.next.longer': 'Derselbe Zug, etwas länger gehalten.',
  'live.next.less': 'Etwas weniger zurücklehnen.',
  'live.next.more': 'Etwas mehr – weiter langsam.',
  'live.next.eased': 'Nur so weit wie nach dem Nachlassen.',
  'live.next.hold': '{seconds} Sekunden halten.',
  'live.next.position': 'Vor dem nächsten Zug:',
  'live.position.gripHigherOrPadded': 'Etwas höher an den Beinen greifen oder den Griff polstern.',
  'live.position.switchToPelvicBelt':
    'Erwägen Sie den Beckengurt („Pelvic belt“) statt des Haltens an den Knöcheln.',
  'live.position.switchToAnkleHold':
    'Erwägen Sie das Halten an den Knöcheln („Ankle hold“) statt des Beckengurts.',
  'live.position.beltHigherAwayFromGroin': 'Den Gurt etwas höher setzen, weg von der Leiste.',
  'live.position.firmerSurface': 'Auf eine festere, rutschfeste Unterlage wechseln.',
  'live.stopCheck.heading': 'Warum haben Sie gestoppt?',
  'live.stopCheck.legend':
    'Liegende Person: Wählen Sie, was am besten passt. Die ernstesten stehen oben; wenn mehr als eine Antwort passt, wählen Sie die ernsteste.',
  'live.stopCheck.error': 'Wählen Sie, warum Sie gestoppt haben.',
  'live.stopReason.finished': 'Fertig',
  'live.stopReason.wantedToStop': 'Wollte einfach aufhören',
  'live.stopReason.discomfort': 'Es war unangenehm',
  'live.stopReason.slipped':
    'Griff oder Gurt ist verrutscht, oder die helfende Person hat das Gleichgewicht verloren',
  'live.stopReason.sharpPain': 'Stechender Schmerz oder Schmerz, der ins Bein ausstrahlt',
  'live.stopReason.numbness': 'Neues Taubheitsgefühl, Kribbeln oder neue Schwäche',
  'live.stopReason.dizziness': 'Schwindel oder Übelkeit',
  'live.stopReason.urgentSign':
    'Taubheitsgefühl im Bereich der Genitalien, des Gesäßes oder der Innenseite der Oberschenkel; neue Probleme beim Wasserlassen oder Verlust der Kontrolle über Blase oder Darm; Taubheitsgefühl oder Schwäche in beiden Beinen oder eine Schwäche in einem Bein, die stärker wird; neue Probleme mit der Sexualfunktion zusammen mit Rückenschmerzen',
  'live.stopChoice.heading': 'Weitermachen oder beenden?',
  'live.stopChoice.intro': 'Machen Sie nur weiter, wenn Sie beide es möchten.',
  'live.stopChoice.gentler': 'Der nächste Zug wird sanfter.',
  'live.stopChoice.slipped': 'Vor dem nächsten Zug neu greifen oder den Gurt neu anlegen.',
  'live.stopChoice.carryOn': 'Weitermachen',
  'live.stopChoice.end': 'Sitzung beenden',
  'live.paused.heading': 'Pausiert',
  'live.paused.intro':
    'Entspannen Sie sich. Tippen Sie auf „Resume“ (Fortsetzen), wenn Sie beide bereit sind, oder beenden Sie die Sitzung hier.',
  'live.end.done': 'Sitzung abgeschlossen',
  'live.end.receiverEnded': 'Sitzung beendet',
  'live.end.doneAdvice':
    'Ganz loslassen. Ruhen Sie sich eine Minute aus; dann rollt sich die liegende Person zum Aufstehen auf eine Seite.',
  'live.end.redFlagTitle':
    'Für heute aufhören. Holen Sie vor der nächsten Sitzung fachlichen Rat ein.',
  'live.end.redFlagBody':
    'Was Sie gespürt haben, ist ein Grund, nicht weiterzumachen. Die Prüfung vor Ihrer nächsten Sitzung fragt erneut danach.',
  'live.end.urgentTitle': 'Suchen Sie jetzt dringend ärztliche Hilfe',
  'live.end.urgentBody':
    'Diese Anzeichen müssen heute ärztlich abgeklärt werden. Rufen Sie die örtliche Notrufnummer an oder gehen Sie in eine Notaufnahme, und sagen Sie, was Sie gespürt haben.',
  'live.end.endedHeading': 'Sitzung beendet',
  'live.recoveredStop.title': 'Eine Frage vor der Zusammenfassung',
  'live.recoveredStop.intro':
    'Tractus wurde nach einem Stopp geschlossen, bevor Sie sagen konnten, warum Sie gestoppt haben.',
  'live.recoveredStop.saveFailed': 'Ihre Antwort konnte nicht gespeichert werden: {message}',
} satisfies Record<keyof typeof english, string>;
