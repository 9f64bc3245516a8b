// German words for the safety screening, the "anything changed?" check and their outcomes.
import type { screening as english } from '../en/screening';

export const screening = {
  // Every question the domain can ask; a yes always means the concern applies.
  'screening.q.spinalInstability':
    'Wurde Ihnen gesagt, dass Ihre Wirbelsäule instabil ist, dass Sie einen frischen Bruch an der Wirbelsäule haben oder dass die Bänder in Ihrem Rücken sehr locker sind?',
  'screening.q.weakenedBone':
    'Wurde Ihnen gesagt, dass Sie eine schwere Osteoporose (brüchige Knochen) haben oder eine andere Erkrankung, die die Knochen der Wirbelsäule schwächt, etwa einen Tumor oder eine aktive Infektion der Wirbelsäule?',
  'screening.q.backSurgery': 'Wurden Sie am Rücken operiert?',
  'screening.q.painWorseWithStretch':
    'Haben Sie plötzliche oder stechende Schmerzen oder Schmerzen, die ausstrahlen (zum Beispiel ins Bein), und die stärker werden, wenn der Rücken gedehnt oder gezogen wird?',
  'screening.q.numbnessOrWeakness':
    'Haben Sie ein Taubheitsgefühl, Kribbeln oder eine Muskelschwäche, die neu ist oder stärker wird?',
  'screening.q.pregnancy': 'Sind Sie schwanger oder könnten Sie schwanger sein?',
  'screening.q.saddleNumbness':
    'Haben Sie ein Taubheitsgefühl im Bereich der Genitalien, des Gesäßes oder der Innenseite der Oberschenkel?',
  'screening.q.bladderOrBowel':
    'Haben Sie seit Kurzem neue Schwierigkeiten beim Wasserlassen, oder haben Sie die Kontrolle über Blase oder Darm verloren?',
  'screening.q.sexualDysfunction':
    'Haben Sie zusammen mit Ihren Rückenschmerzen neue Probleme mit der Sexualfunktion bemerkt?',
  'screening.q.legWeakness':
    'Haben Sie ein Taubheitsgefühl oder eine Schwäche in beiden Beinen oder eine Schwäche in einem Bein, die stärker wird?',
  'screening.q.cancerOrUnwell':
    'Hatten Sie jemals Krebs, haben Sie ohne erkennbaren Grund abgenommen, oder hatten Sie zusammen mit den Rückenschmerzen Fieber oder haben sich krank gefühlt?',
  'screening.q.fallOrAccident':
    'Haben Ihre Rückenschmerzen nach einem schweren Sturz oder einem Unfall begonnen?',
  'screening.q.steroidsOrImmunity':
    'Nehmen Sie langfristig Kortison (Steroide) ein, oder ist Ihr Immunsystem geschwächt (durch eine Krankheit oder ein Medikament)?',
  'screening.q.inflammatoryArthritis':
    'Haben Sie eine entzündliche Gelenkerkrankung, etwa rheumatoide Arthritis oder Morbus Bechterew (ankylosierende Spondylitis)?',
  'screening.q.aneurysmOrHernia':
    'Haben Sie ein bekanntes Bauchaortenaneurysma (eine erweiterte Hauptschlagader im Bauch), einen Bruch (Hernie) im Bauchbereich oder einen Zwerchfellbruch (Hiatushernie)?',
  'screening.q.bloodPressureHeartLung':
    'Haben Sie einen Bluthochdruck, der nicht gut eingestellt ist, oder eine schwere Herz- oder Lungenerkrankung?',
  'screening.q.cannotLieFlat': 'Ist es für Sie unangenehm, flach auf dem Rücken zu liegen?',
  'screening.q.ankleHoldJoints':
    'Hatten Sie eine Verletzung, einen Gelenkersatz oder eine Instabilität an Hüfte, Knie oder Sprunggelenk?',
  'screening.q.pelvicBeltHipGroin':
    'Haben Sie ein künstliches Hüftgelenk, einen Leistenbruch oder eine Durchblutungsstörung in den Beinen?',
  'screening.q.changedNumbness':
    'Hat seit Ihrer letzten Sitzung oder Prüfung ein Taubheitsgefühl, Kribbeln oder eine Schwäche begonnen oder sich verstärkt?',
  'screening.q.changedPain':
    'Haben seit Ihrer letzten Sitzung oder Prüfung stechende Schmerzen oder ins Bein ausstrahlende Schmerzen begonnen oder sich verstärkt?',
  'screening.q.newInjury':
    'Hatten Sie seit Ihrer letzten Sitzung oder Prüfung eine neue Verletzung oder einen Sturz?',
  'screening.q.newSurgery':
    'Wurden Sie seit Ihrer letzten Sitzung oder Prüfung am Rücken oder an der Wirbelsäule operiert?',
  'screening.q.newOtherOperation':
    'Hatten Sie seit Ihrer letzten Sitzung oder Prüfung eine andere Operation?',
  'screening.q.stillSharpPain':
    'Haben Sie noch etwas von dem stechenden oder ins Bein ausstrahlenden Schmerz, mit dem Ihre letzte Sitzung endete?',
  'screening.q.stillNumbness':
    'Haben Sie noch etwas von dem Taubheitsgefühl, Kribbeln oder der Schwäche, mit denen Ihre letzte Sitzung endete?',
  'screening.q.dizziness':
    'Hatten Sie seit Ihrer letzten Sitzung wieder Schwindel oder Übelkeit, oder haben Sie das jetzt?',

  // What each yes means, in plain words, shown on the outcome screen; never a diagnosis.
  'screening.reason.spinalInstability':
    'Sie haben angegeben, dass Ihre Wirbelsäule instabil oder frisch gebrochen sein könnte oder die Bänder sehr locker sind. Ein Zug könnte Teile der Wirbelsäule bewegen, die ruhig bleiben müssen.',
  'screening.reason.weakenedBone':
    'Sie haben angegeben, dass die Knochen Ihrer Wirbelsäule brüchig oder geschwächt sein könnten. Ein Zug könnte sie verletzen.',
  'screening.reason.backSurgery':
    'Sie wurden in den letzten sechs Monaten am Rücken operiert. Der Rücken braucht Zeit zum Heilen, und ein Zug könnte die Heilung stören.',
  'screening.reason.painWorseWithStretch':
    'Sie haben stechende oder ausstrahlende Schmerzen, die stärker werden, wenn der Rücken gedehnt oder gezogen wird. Ein Zug könnte sie verschlimmern.',
  'screening.reason.numbnessOrWeakness':
    'Sie haben ein Taubheitsgefühl, Kribbeln oder eine Schwäche, die neu ist oder stärker wird. Ein Zug könnte das verschlimmern.',
  'screening.reason.pregnancy':
    'Sie sind oder könnten schwanger sein. Eine Schwangerschaft lockert Gelenke und Bänder, daher könnte ein Zug sie überdehnen.',
  'screening.reason.saddleNumbness':
    'Taubheitsgefühl im Bereich der Genitalien, des Gesäßes oder der Innenseite der Oberschenkel.',
  'screening.reason.bladderOrBowel':
    'Neue Schwierigkeiten beim Wasserlassen oder Verlust der Kontrolle über Blase oder Darm.',
  'screening.reason.sexualDysfunction':
    'Neue Probleme mit der Sexualfunktion zusammen mit Rückenschmerzen.',
  'screening.reason.legWeakness':
    'Taubheitsgefühl oder Schwäche in beiden Beinen oder eine Schwäche in einem Bein, die stärker wird.',
  'screening.reason.cancerOrUnwell':
    'Krebs in der Vorgeschichte, Gewichtsverlust ohne bekannten Grund oder Fieber bzw. Krankheitsgefühl mit Rückenschmerzen.',
  'screening.reason.fallOrAccident':
    'Rückenschmerzen, die nach einem schweren Sturz oder Unfall begonnen haben.',
  'screening.reason.steroidsOrImmunity':
    'Langfristige Einnahme von Kortison (Steroiden) oder ein geschwächtes Immunsystem.',
  'screening.reason.inflammatoryArthritis':
    'Eine entzündliche Gelenkerkrankung, etwa rheumatoide Arthritis oder Morbus Bechterew (ankylosierende Spondylitis).',
  'screening.reason.aneurysmOrHernia':
    'Ein Bauchaortenaneurysma, ein Bruch (Hernie) im Bauchbereich oder ein Zwerchfellbruch (Hiatushernie).',
  'screening.reason.bloodPressureHeartLung':
    'Bluthochdruck, der nicht gut eingestellt ist, oder eine schwere Herz- oder Lungenerkrankung.',
  'screening.reason.cannotLieFlat': 'Flach auf dem Rücken zu liegen ist unangenehm.',
  'screening.reason.ankleHoldJoints':
    'Eine Verletzung, ein Gelenkersatz oder eine Instabilität an Hüfte, Knie oder Sprunggelenk. Beim Halten an den Knöcheln wirkt der Zug durch diese Gelenke.',
  'screening.reason.pelvicBeltHipGroin':
    'Ein künstliches Hüftgelenk, ein Leistenbruch oder eine Durchblutungsstörung in den Beinen. Der Gurt liegt nah an der Leiste.',
  'screening.reason.changedNumbness':
    'Ein Taubheitsgefühl, Kribbeln oder eine Schwäche, die seit Ihrer letzten Sitzung oder Prüfung begonnen oder sich verstärkt hat. Ein Zug könnte das verschlimmern.',
  'screening.reason.changedPain':
    'Stechende oder ausstrahlende Schmerzen, die seit Ihrer letzten Sitzung oder Prüfung begonnen oder sich verstärkt haben. Ein Zug könnte sie verschlimmern.',
  'screening.reason.newInjury':
    'Eine neue Verletzung oder ein Sturz seit Ihrer letzten Sitzung oder Prüfung.',
  'screening.reason.newSurgery':
    'Eine Operation am Rücken oder an der Wirbelsäule in den letzten sechs Monaten. Der Rücken braucht Zeit zum Heilen, und ein Zug könnte die Heilung stören.',
  'screening.reason.newOtherOperation':
    'Eine Operation seit Ihrer letzten Sitzung oder Prüfung (nicht am Rücken oder an der Wirbelsäule).',
  'screening.reason.stillSharpPain':
    'Stechender oder ausstrahlender Schmerz vom Ende Ihrer letzten Sitzung, der noch anhält. Ein Zug könnte ihn verschlimmern.',
  'screening.reason.stillNumbness':
    'Taubheit, Kribbeln oder Schwäche vom Ende Ihrer letzten Sitzung, die noch anhalten. Ein Zug könnte sie verschlimmern.',
  'screening.reason.dizziness':
    'Schwindel oder Übelkeit wie am Ende Ihrer letzten Sitzung, die wiedergekommen sind oder noch anhalten.',

  'screening.title': 'Sicherheitsfragen',
  'screening.intro':
    'Bei manchen Erkrankungen ist Traktion nicht sicher. Diese Fragen betreffen die liegende Person, also die Person, die sich hinlegen wird. Bitte beantworten Sie jede Frage.',
  'screening.howToAnswer':
    '„Yes“ (Ja) bedeutet, dass es auf Sie zutrifft, „No“ (Nein), dass es nicht zutrifft. Wenn Sie unsicher sind, antworten Sie mit „Yes“: Das ist die sicherere Wahl.',
  'screening.privacy': 'Ihre Antworten bleiben auf diesem Gerät.',
  'screening.lastSession.title': 'Ihre letzte Sitzung wurde vorzeitig beendet',
  'screening.lastSession.endedWith': 'Sie endete wegen:',
  'screening.lastSession.askedAgain':
    'Die ersten Fragen unten fragen noch einmal danach. Antworten Sie so, wie es Ihnen jetzt geht.',
  'screening.lastSession.professional':
    'Bevor Sie weitermachen, empfehlen wir, Ihre Ärztin, Ihren Arzt oder eine physiotherapeutische Fachperson um Rat zu fragen.',
  'screening.section.lastSession': 'Zum Ende Ihrer letzten Sitzung',
  'screening.section.spine': 'Ihre Wirbelsäule und Ihre Knochen',
  'screening.section.symptoms': 'Wie sich Rücken und Beine anfühlen',
  'screening.section.health': 'Ihre allgemeine Gesundheit',
  'screening.section.position': 'Liegen und Ihre Gelenke',
  'screening.section.changes': 'Seit Ihrer letzten Sitzung oder Prüfung',
  'screening.section.signs': 'Weitere Anzeichen',
  'screening.section.other': 'Weitere Fragen',
  'screening.date.backSurgery': 'Wann war Ihre letzte Rückenoperation?',
  'screening.date.newSurgery':
    'Wann war die Operation am Rücken oder an der Wirbelsäule? Wenn es mehrere waren, geben Sie die letzte an.',
  'screening.date.other': 'Wann ist es passiert? Wenn mehrmals, geben Sie das letzte Datum an.',
  'screening.date.hint':
    'Wenn Sie den genauen Tag nicht wissen, wählen Sie den spätesten Tag, an dem es gewesen sein könnte.',
  'screening.error.unanswered': 'Antworten Sie mit „Yes“ oder „No“.',
  'screening.error.dateMissing': 'Geben Sie das Datum ein.',
  'screening.error.dateInvalid': 'Geben Sie ein gültiges Datum mit Tag, Monat und Jahr ein.',
  'screening.error.dateFuture':
    'Das Datum darf nicht in der Zukunft liegen. Geben Sie den Tag ein, an dem es passiert ist: heute oder früher.',
  'screening.urgent.title': 'Suchen Sie jetzt dringend ärztliche Hilfe',
  'screening.urgent.body':
    'Einige Ihrer Antworten können Anzeichen sein, die heute ärztlich abgeklärt werden müssen. Wenden Sie keine Traktion an.',
  'screening.urgent.action':
    'Wenden Sie sich jetzt an eine Notaufnahme oder einen ärztlichen Bereitschaftsdienst, oder rufen Sie die örtliche Notrufnummer an. Berichten Sie dort von den unten genannten Anzeichen.',
  'screening.urgent.reasonsHeading': 'Was Sie uns gesagt haben',
  'screening.urgent.noSession': 'Heute findet keine Traktionssitzung statt.',
  'screening.urgentToday.body':
    'Sie haben Tractus heute bereits ein Anzeichen genannt, das heute ärztlich abgeklärt werden muss. Wenden Sie keine Traktion an.',
  'screening.urgentToday.action':
    'Falls Sie noch nicht untersucht wurden, wenden Sie sich jetzt an eine Notaufnahme oder einen ärztlichen Bereitschaftsdienst, oder rufen Sie die örtliche Notrufnummer an.',
  'screening.urgentToday.noSession':
    'Heute findet keine Traktionssitzung statt. Ab morgen ist wieder eine Sitzung möglich, nachdem eine medizinische Fachperson Sie untersucht hat. Zuerst werden die Sicherheitsfragen erneut gestellt.',
  'screening.avoid.title': 'Wenden Sie keine Traktion an',
  'screening.avoid.body':
    'Nach Ihren Antworten darf keine Traktion zu zweit angewendet werden. Ein Zug am Rücken könnte Schaden anrichten.',
  'screening.avoid.reasonsHeading': 'Warum',
  'screening.avoid.professional':
    'Bitte sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder einer physiotherapeutischen Fachperson über Ihren Rücken. Dort erfahren Sie, was für Sie sicher ist.',
  'screening.avoid.noSession': 'Solange dies zutrifft, leitet Tractus keine Sitzung an.',
  'screening.avoidToday.note':
    'Diese Antworten haben Sie heute schon gegeben, daher gibt es heute keine Sitzung. Ab morgen werden die Sicherheitsfragen erneut gestellt.',
  'screening.askFirst.title': 'Sprechen Sie zuerst mit einer medizinischen Fachperson',
  'screening.askFirst.body':
    'Einige Ihrer Antworten bedeuten, dass eine medizinische Fachperson vor dem Start prüfen sollte, ob Traktion zu zweit für Sie geeignet ist.',
  'screening.askFirst.reasonsHeading': 'Worüber eine Fachperson Bescheid wissen sollte',
  'screening.askFirst.urgentEarlier':
    'Am {date} haben Sie Tractus ein Zeichen genannt, das dringend ärztlich abgeklärt werden musste. Traktion ist erst wieder möglich, wenn eine medizinische Fachperson Sie seitdem untersucht hat.',
  'screening.askFirst.notYet':
    'Wenn Sie noch nicht mit einer medizinischen Fachperson darüber gesprochen haben, hören Sie hier auf und kommen Sie danach wieder.',
  'screening.askFirst.confirm':
    'Eine medizinische Fachperson hat meine Situation geprüft und stimmt zu, dass Traktion zu zweit für mich geeignet ist',
  'screening.askFirst.confirmHint': 'Mit dieser Bestätigung wird das heutige Datum gespeichert.',
  'screening.askFirst.error':
    'Setzen Sie dieses Häkchen erst, wenn eine medizinische Fachperson zugestimmt hat. Bis dahin wenden Sie keine Traktion an.',
  'screening.preSession.title': 'Hat sich etwas verändert?',
  'screening.preSession.intro':
    'Prüfen Sie vor jeder Sitzung, ob sich für die liegende Person, also die Person, die sich hinlegen wird, etwas verändert hat.',
} satisfies Record<keyof typeof english, string>;
