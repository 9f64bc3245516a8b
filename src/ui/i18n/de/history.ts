// German words for History: the session list, trends, one session's details and the data controls.
import type { history as english } from '../en/history';

export const history = {
  'history.damaged':
    'Beschädigte Sitzungen, die nicht angezeigt werden können: {count}. Sie sind auf diesem Gerät gespeichert und wurden unverändert gelassen.',
  'history.title': 'Verlauf',
  'history.loading': 'Ihre Sitzungen werden geladen…',
  'history.loadFailed': 'Ihre Sitzungen konnten nicht geladen werden',
  'history.retry': 'Erneut versuchen',
  'history.empty.title': 'Noch keine Sitzungen',
  'history.empty.body':
    'Jede abgeschlossene Sitzung erscheint hier, mit ihren Zügen, der Zeit unter Zug und den Schmerzwerten. Um Sitzungen von einem anderen Gerät zu übernehmen, importieren Sie unten eine Sicherung.',

  // The list
  'history.sessions.heading': 'Sitzungen',
  'history.sessions.showing': 'Angezeigte Sitzungen: {shown} von {total}, die neuesten zuerst.',
  'history.sessions.showMore': 'Mehr anzeigen',
  'history.session.unknownDate': 'Datum unbekannt',
  'history.session.pulls': 'Züge',
  'history.session.traction': 'Unter Zug',
  'history.session.pain': 'Schmerz vorher → nachher',
  'history.session.ended': 'Wie sie endete',
  'history.session.redFlag': 'Ein Warnzeichen wurde erfasst',
  'history.session.open': 'Einzelheiten',
  'history.session.openFull': 'Einzelheiten der Sitzung vom {date}',

  // Values
  'history.unit.seconds': '{n} s',
  'history.unit.minutes': '{n} min',
  'history.pain.change': '{before} → {after}',
  'history.pain.changeSpoken': '{before} vorher, {after} nachher',
  'history.pain.none': 'nicht angegeben',

  // How a session ended
  'history.end.completed': 'Wie geplant abgeschlossen',
  'history.end.receiverEnded': 'Auf eigenen Wunsch früher beendet',
  'history.end.redFlag': 'Wegen eines Warnzeichens beendet',
  'history.end.urgent': 'Mit dem Rat beendet, dringend ärztliche Hilfe zu suchen',
  'history.end.interrupted': 'Unterbrochen: Die App wurde vor dem Ende der Sitzung geschlossen',
  'history.end.none': 'Nicht abgeschlossen',

  // Trends
  'history.trends.heading': 'Entwicklung',
  'history.trends.loading': 'Entwicklung wird geladen…',
  'history.trends.loadFailed': 'Die Entwicklung konnte nicht geladen werden',
  'history.trends.caveat':
    'Schmerzen verändern sich aus vielen Gründen. Diese Diagramme zeigen, was Sie erfasst haben; sie zeigen nicht, dass die Traktion eine Veränderung bewirkt hat.',
  'history.trends.tooFew': 'Noch zu wenige Sitzungen, um eine Entwicklung zu zeigen',
  'history.trends.tooFewWeeks': 'Noch zu wenige Wochen, um eine Entwicklung zu zeigen',
  'history.trends.tooFewDetail': 'Sitzungen mit Schmerzwert bisher: {count}.',
  'history.trends.tooFewWeeksDetail': 'Wochen mit einer Sitzung bisher: {count}.',
  'history.chart.loading': 'Diagramm wird gezeichnet…',
  'history.chart.failed':
    'Das Diagramm konnte nicht gezeichnet werden. Die Zahlen stehen weiter unten.',
  'history.painTrend.heading': 'Schmerzen vor und nach jeder Sitzung',
  'history.painTrend.chart':
    'Diagramm der Schmerzen vor und nach jeder Sitzung, 0 bis 10. Die Zahlen stehen in der Tabelle unten.',
  'history.painTrend.before': 'Schmerz vorher',
  'history.painTrend.after': 'Schmerz nachher',
  'history.painTrend.axis': 'Schmerz (0–10)',
  'history.painTrend.numbers': 'Die Zahlen: Schmerzen vor und nach jeder Sitzung',
  'history.painTrend.caption': 'Schmerzen vor und nach jeder Sitzung, die ältesten zuerst',
  'history.tractionTrend.heading': 'Minuten unter Zug pro Woche',
  'history.tractionTrend.chart':
    'Balkendiagramm der Minuten unter Zug pro Woche. Die Zahlen stehen in der Tabelle unten.',
  'history.tractionTrend.series': 'Minuten unter Zug',
  'history.tractionTrend.axis': 'Minuten',
  'history.tractionTrend.numbers': 'Die Zahlen: Minuten unter Zug pro Woche',
  'history.tractionTrend.caption': 'Minuten unter Zug pro Woche, die ältesten zuerst',
  'history.table.date': 'Datum',
  'history.table.weekStarting': 'Woche ab',
  'history.table.minutes': 'Minuten',
  'history.table.sessions': 'Sitzungen',

  // One session
  'history.detail.title': 'Sitzung vom {date}',
  'history.detail.titleUnknown': 'Sitzung',
  'history.detail.loading': 'Sitzung wird geladen…',
  'history.detail.loadFailed': 'Diese Sitzung konnte nicht geladen werden',
  'history.detail.notFound': 'Diese Sitzung ist nicht mehr auf diesem Gerät.',
  'history.detail.summary': 'Zusammenfassung',
  'history.detail.technique': 'Technik',
  'history.detail.longestHold': 'Längstes Halten',
  'history.detail.activeTime': 'Sitzungsdauer (ohne Pausen)',
  'history.detail.screening': 'Sicherheitsfragen',
  'history.detail.stopSignal': 'Vereinbartes Stoppsignal',
  'history.detail.stopSignalValue': 'Wort: „{word}“. Signal: {physical}',
  'history.detail.plan': 'Verwendeter Plan',
  'history.detail.pulls': 'Züge',
  'history.detail.noPulls': 'In dieser Sitzung wurde kein Zug begonnen.',
  'history.detail.stops': 'Stopps',
  'history.detail.noStops': 'Keine Stopps.',
  'history.detail.redFlags': 'Warnzeichen',
  'history.detail.noRedFlags': 'Keine erfasst.',
  'history.detail.redFlagAdvice':
    'Holen Sie vor der nächsten Sitzung fachlichen Rat ein. Die nächste Prüfung fragt erneut danach.',
  'history.detail.notes': 'Notizen',
  'history.detail.noNotes': 'Keine Notizen.',
  'history.screening.clear': 'Nichts in den Sicherheitsfragen sprach gegen Traktion',
  'history.screening.askFirst':
    'Erst fragen: Eine medizinische Fachperson hat am {date} zugestimmt',
  'history.screening.askFirstUndated': 'Erst fragen: Eine medizinische Fachperson hat zugestimmt',
  'history.plan.hold': 'Erstes Halten',
  'history.plan.holdMax': 'Längstes erlaubtes Halten',
  'history.plan.release': 'Lösen',
  'history.plan.rest': 'Ruhezeit zwischen den Zügen',
  'history.plan.total': 'Gesamtzeit',

  // One pull
  'history.pull.title': 'Zug {n}',
  'history.pull.ramp': 'Zurücklehnen (Aufbau)',
  'history.pull.rampConfirmed': '{seconds} s, die liegende Person hat einen sanften Zug bestätigt',
  'history.pull.rampUnconfirmed': '{seconds} s, nicht bestätigt',
  'history.pull.hold': 'Halten',
  'history.pull.holdValue': '{actual} s gehalten von {target} s geplant',
  'history.pull.release': 'Lösen',
  'history.pull.releaseReason': 'Warum gelöst wurde',
  'history.pull.late':
    'Das Gerät war im Ruhezustand: {seconds} s nach dem geplanten Zeitpunkt gelöst',
  'history.pull.rating': 'Bewertung',
  'history.pull.discomfort': 'Beschwerden an',
  'history.pull.noDiscomfort': 'Nirgends',
  'history.pull.events': 'Was geschah',
  'history.pull.noEvents': 'Sonst nichts',
  'history.pull.event': '{time}: {event}',
  'history.time.fromStart': '{minutes}:{seconds}',

  'history.releaseReason.holdComplete': 'Das Halten war abgeschlossen',
  'history.releaseReason.rampCap': 'Die Bestätigung kam nicht rechtzeitig',
  'history.releaseReason.stop': '„Stop“ wurde gedrückt',
  'history.releaseReason.pain': 'Schmerz wurde gemeldet',
  'history.releaseReason.pause': '„Pause“ wurde gedrückt',
  'history.releaseReason.timeUp': 'Die Sitzungszeit war um',
  'history.releaseReason.none': 'Nicht erfasst (die App wurde geschlossen)',

  'history.rating.tooGentle': 'Zu sanft',
  'history.rating.justRight': 'Genau richtig',
  'history.rating.tooStrong': 'Zu stark',
  'history.rating.painful': 'Schmerzhaft',
  'history.rating.none': 'Nicht bewertet',

  'history.discomfort.ankles': 'Knöchel',
  'history.discomfort.knees': 'Knie',
  'history.discomfort.hips': 'Hüften',
  'history.discomfort.belt': 'Unter dem Gurt',
  'history.discomfort.sliding': 'Rutschen auf der Unterlage',

  'history.event.confirmed': 'Die liegende Person hat einen sanften Zug bestätigt',
  'history.event.easeOff': 'Nachlassen',
  'history.event.stop': 'Stopp',
  'history.event.pain': 'Schmerz',
  'history.event.pause': 'Pausiert',
  'history.event.rampPrompt': 'Die liegende Person wurde um Bestätigung gebeten',

  // Stops
  'history.stop.item': '{time}: {trigger}',
  'history.stop.reason': 'Grund: {reason}',
  'history.stop.noReason': 'Kein Grund angegeben',
  'history.stopTrigger.stop': '„Stop“ wurde gedrückt',
  'history.stopTrigger.pain': '„Schmerz“ wurde gedrückt',
  'history.stopTrigger.painfulRating': 'Ein Zug wurde als schmerzhaft bewertet',
  'history.stopReason.finished': 'Fertig',
  'history.stopReason.wantedToStop': 'Wollte einfach aufhören',
  'history.stopReason.discomfort': 'Es war unangenehm',
  'history.stopReason.slipped':
    'Griff oder Gurt ist verrutscht, oder die helfende Person hat das Gleichgewicht verloren',
  'history.stopReason.sharpPain': 'Stechender Schmerz oder Schmerz, der ins Bein ausstrahlt',
  'history.stopReason.numbness': 'Neues Taubheitsgefühl, Kribbeln oder neue Schwäche',
  'history.stopReason.dizziness': 'Schwindel oder Übelkeit',
  'history.stopReason.urgentSign':
    'Taubheitsgefühl im Bereich der Genitalien, des Gesäßes oder der Innenseite der Oberschenkel; neue Probleme beim Wasserlassen oder Verlust der Kontrolle über Blase oder Darm; Taubheitsgefühl oder Schwäche in beiden Beinen oder eine Schwäche in einem Bein, die stärker wird; neue Probleme mit der Sexualfunktion zusammen mit Rückenschmerzen',

  // Data controls
  'history.data.heading': 'Ihre Daten',
  'history.data.privacy':
    'Alles bleibt auf diesem Gerät. Nichts verlässt es, außer Sie exportieren es.',
  'history.export.heading': 'Exportieren',
  'history.export.hint':
    'Eine Sicherung enthält alles und kann wieder importiert werden. CSV-Dateien öffnen sich in einer Tabellenkalkulation. Die Datei für Gesundheitsakten (FHIR) enthält Ihre Schmerzwerte, für das System einer behandelnden Fachperson.',
  'history.export.backup': 'Sicherung exportieren (JSON)',
  'history.export.sessionsCsv': 'Sitzungen exportieren (CSV)',
  'history.export.pullsCsv': 'Züge exportieren (CSV)',
  'history.export.fhir': 'Für Gesundheitsakten exportieren (FHIR)',
  'history.export.done': 'Ihr Browser speichert {file}.',
  'history.export.leftOut':
    'Beschädigte Sitzungen, die in dieser Datei fehlen: {count}. Sie können nicht gelesen werden, daher kann kein Export sie enthalten. Sie bleiben unverändert auf diesem Gerät: Um sie zu behalten, löschen Sie nicht alle Daten.',
  'history.export.profileLeftOut':
    'Ihr gespeicherter Plan und Ihr Stoppsignal konnten auf diesem Gerät nicht gelesen werden, ' +
    'daher enthält diese Sicherung sie nicht. Ihre Sitzungen lassen sich wie gewohnt importieren.',
  'history.export.failed': 'Der Export konnte nicht erstellt werden',
  'history.import.heading': 'Sicherung importieren',
  'history.import.hint':
    'Es werden nur Sitzungen hinzugefügt, die auf diesem Gerät neu sind; keine Sitzung, die schon hier ist, wird geändert. Auf einem Gerät, auf dem noch keine Sitzung vorbereitet wurde, kommen auch der Plan und das Stoppsignal zurück.',
  'history.import.label': 'Sicherungsdatei auswählen',
  'history.import.working': '{file} wird importiert…',
  'history.import.done': 'Sicherung importiert',
  'history.import.added': 'Hinzugefügte Sitzungen: {count}.',
  'history.import.skipped': 'Übersprungen, weil schon vorhanden: {count}.',
  'history.import.conflicts':
    'Unverändert gelassen, weil hier schon eine andere Sitzung mit derselben Kennung ist: {count}.',
  'history.import.profileRestored':
    'Aus der Sicherung wiederhergestellt: Ihr Plan, Ihr Stoppsignal, wann die Sicherheitsfragen zuletzt beantwortet wurden und wie die letzte Sitzung endete.',
  'history.import.safetyCarried':
    'Warnzeichen aus der Sicherung, die dieses Gerät noch nicht kannte, wurden übernommen: Die nächste Prüfung berücksichtigt sie.',
  'history.import.profileFailed':
    'Der Plan und das Stoppsignal aus der Sicherung konnten auf diesem Gerät nicht gespeichert werden: {message}',
  'history.import.rejected': 'Diese Datei wurde nicht importiert',
  'history.import.nothingChanged': 'Auf diesem Gerät wurde nichts geändert.',
  'history.import.problems': 'Was mit der Datei nicht stimmt:',
  'history.import.readFailed': 'Die Datei konnte nicht gelesen werden.',
  'history.import.tooLarge': 'Diese Datei ist viel zu groß für eine Tractus-Sicherung.',
  'history.import.problem.notJson':
    'Diese Datei ist keine Tractus-Sicherung, denn sie ist keine JSON-Datei.',
  'history.import.problem.wrongFormat':
    'Diese Datei ist keine Tractus-Sicherung, denn ihr Format ist nicht „{format}“.',
  'history.import.problem.versionNotWhole':
    'Diese Datei ist keine Tractus-Sicherung, denn ihre schemaVersion ist keine ganze Zahl.',
  'history.import.problem.newerVersion':
    'Diese Sicherung wurde mit einer neueren Version von Tractus erstellt (Sicherungsversion {version}); diese App liest bis Version {supported}. Aktualisieren Sie die App und importieren Sie dann erneut.',
  'history.import.problem.unsupportedVersion':
    'Sicherungsversion {version} wird von dieser Version von Tractus nicht unterstützt.',
  'history.import.problem.upgradeFailed':
    'Diese Sicherung (Version {version}) konnte nicht aktualisiert werden: {detail}',
  'history.import.problem.inSession': '{where} (Sitzung „{session}“)',
  'history.import.problem.fieldName': '„{name}“',
  'history.import.problem.missing': '{place}: fehlt',
  'history.import.problem.unexpectedField': '{place}: unerwartetes Feld {names}',
  'history.import.problem.unexpectedFields': '{place}: unerwartete Felder {names}',
  'history.import.problem.invalid': '{place}: {detail}',
  'history.import.problem.backupMissing': 'Die Sicherung fehlt',
  'history.import.problem.backupUnexpectedField':
    'Die Sicherung hat ein unerwartetes Feld: {names}',
  'history.import.problem.backupUnexpectedFields': 'Die Sicherung hat unerwartete Felder: {names}',
  'history.import.problem.backupInvalid': 'Sicherung: {detail}',
  'history.import.problem.repeatedSession':
    '{place}: Diese Sitzung steht zweimal in der Datei, zuerst bei {first}. Eine Sicherung ' +
    'enthält jede Sitzung nur einmal, daher lässt sich nicht sagen, welche Kopie stimmt.',
  'history.import.problem.more': 'Nicht aufgeführte Probleme: {count}.',
  'history.import.failed':
    'Der Import konnte nicht gespeichert werden, daher wurde nichts hinzugefügt',
  'history.delete.heading': 'Alle Daten löschen',
  'history.delete.start': 'Alle Daten löschen',
  'history.delete.warning':
    'Dies löscht jede Sitzung, Ihr Stoppsignal, die Zeitpunkte Ihrer Sicherheitsfragen und Ihren Plan auf diesem Gerät: Die nächste Sitzung beginnt mit dem Standardplan. Ihre Einstellungen (Sprache, Stimme, Töne und Anzeige) bleiben. Ebenso bleibt, wonach die nächsten Sicherheitsfragen noch fragen müssen: ein dringendes oder „nicht anwenden“-Ergebnis und die Warnzeichen, mit denen Ihre letzte Sitzung endete. Das kann nicht rückgängig gemacht werden. Exportieren Sie vorher eine Sicherung, wenn Sie Ihre Sitzungen später vielleicht brauchen.',
  'history.delete.confirm': 'Ich verstehe, dass dies jede Sitzung auf diesem Gerät löscht',
  'history.delete.confirmError':
    'Setzen Sie oben das Häkchen, um zu bestätigen, oder wählen Sie „Abbrechen“.',
  'history.delete.go': 'Alles löschen',
  'history.delete.cancel': 'Abbrechen',
  'history.delete.working': 'Wird gelöscht…',
  'history.delete.done':
    'Jede Sitzung, Ihr Stoppsignal, die Zeitpunkte Ihrer Sicherheitsfragen und Ihr Plan auf diesem Gerät wurden gelöscht. Ihre Einstellungen wurden behalten.',
  'history.delete.failed': 'Die Daten konnten nicht gelöscht werden',
} satisfies Record<keyof typeof english, string>;
