// German words for the app frame: home, recovery after an interruption, the audio check phrase.
import type { app as english } from '../en/app';

export const app = {
  'home.title': 'Tractus',
  'home.intro':
    'Eine ruhige Schritt-für-Schritt-Anleitung für die Traktion des unteren Rückens zu zweit. Sie ist keine Behandlung.',
  'home.begin': 'Sitzung beginnen',
  'home.history': 'Verlauf',
  'home.settings': 'Einstellungen',
  'home.screeningDue':
    'Zuerst kommen die vollständigen Sicherheitsfragen: Es sind 30 Tage oder mehr vergangen.',
  'home.screeningFirst': 'Zuerst kommen die vollständigen Sicherheitsfragen.',
  'home.screeningAfterAvoid':
    'Zuerst kommen die vollständigen Sicherheitsfragen: Nach Ihren letzten Antworten darf keine Traktion angewendet werden.',
  'home.preCheck': 'Zuerst kommt eine kurze Prüfung: „Hat sich etwas verändert?“',
  'home.urgentToday.title': 'Suchen Sie jetzt dringend ärztliche Hilfe',
  'home.urgentToday.body':
    'Sie haben Tractus heute bereits ein Anzeichen genannt, das heute ärztlich abgeklärt werden muss. Wenden Sie keine Traktion an. Falls Sie noch nicht untersucht wurden, wenden Sie sich jetzt an eine Notaufnahme oder einen ärztlichen Bereitschaftsdienst, oder rufen Sie die örtliche Notrufnummer an.',
  'home.urgentToday.next':
    'Heute findet keine Sitzung statt. Ab morgen ist wieder eine Sitzung möglich, nachdem eine medizinische Fachperson Sie untersucht hat.',
  'home.avoidToday.title': 'Wenden Sie heute keine Traktion an',
  'home.avoidToday.body':
    'Nach Ihren heutigen Antworten darf keine Traktion zu zweit angewendet werden. Bitte sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder einer physiotherapeutischen Fachperson über Ihren Rücken: Dort erfahren Sie, was für Sie sicher ist.',
  'home.avoidToday.next':
    'Heute findet keine Sitzung statt. Ab morgen werden alle Sicherheitsfragen erneut gestellt.',
  'home.plan':
    'Ihr Plan: {hold} s halten (bis zu {holdMax} s), {release} s lösen, {rest} s Ruhe, insgesamt {total} Minuten.',
  'recovery.title': 'Die Sitzung wurde unterbrochen',
  'recovery.releaseNow': 'Helfende Person: Jetzt langsam lösen.',
  'recovery.explain':
    'Tractus wurde während einer Sitzung geschlossen. Wenn Sie noch ziehen, lösen Sie den Zug jetzt langsam und sanft, und ruhen Sie sich dann aus.',
  'recovery.saved':
    'Alles, was vor der Unterbrechung aufgezeichnet wurde, bleibt erhalten. Die Sitzung wird als unterbrochen markiert.',
  'recovery.damaged':
    'Die Aufzeichnung dieser Sitzung war auf diesem Gerät beschädigt und konnte nicht aufbewahrt werden.',
  'recovery.released': 'Wir haben gelöst – weiter',
  'recovery.saveFailed': 'Die unterbrochene Sitzung konnte nicht gespeichert werden: {message}',
  'setup.audioCheckPhrase':
    'Dies ist der Tontest von Tractus. Wenn Sie beide das hören, setzen Sie das Häkchen: Wir haben es beide gehört.',
  'app.loadFailed':
    'Dieser Teil von Tractus konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut; klappt es dann noch nicht, laden Sie die Seite neu.',
  'app.retry': 'Erneut versuchen',
  'storage.settingsResetTitle': 'Einige Einstellungen wurden zurückgesetzt',
  'storage.title': 'Speicherproblem',
  'storage.message.quota':
    'Der Speicher dieses Geräts ist voll, daher konnte Tractus nicht speichern. Geben Sie Speicherplatz frei oder exportieren Sie eine Sicherung und löschen Sie alte Sitzungen. Versuchen Sie es dann erneut.',
  'storage.message.unavailable':
    'Dieser Browser lässt Tractus keine Daten speichern (privates Surfen oder Speicher ausgeschaltet).',
  'storage.message.blocked':
    'Tractus ist in einem anderen Tab mit einer anderen Version geöffnet, daher kann dieser Tab Ihre gespeicherten Daten nicht erreichen. Schließen Sie die anderen Tractus-Tabs und laden Sie diese Seite neu.',
  'storage.message.upgradedElsewhere':
    'In einem anderen Tab wurde eine neuere Version von Tractus geöffnet. Laden Sie diese Seite neu, um weiter zu speichern.',
  'storage.message.newerData':
    'Ihre Daten wurden von einer neueren Version von Tractus gespeichert. Laden Sie diese Seite neu, um zu aktualisieren.',
  'storage.message.inMemory':
    'Sitzungen laufen weiter, werden aber nur aufbewahrt, bis diese Seite geschlossen wird: Exportieren Sie eine Sicherung, um sie zu behalten.',
  'storage.message.unknown': 'Tractus konnte seine Daten nicht lesen oder speichern',
  'storage.message.damagedSession':
    'Diese Sitzung ist auf diesem Gerät beschädigt und kann nicht angezeigt werden. Sie wurde unverändert gelassen.',
  'storage.message.damagedProfile':
    'Ihr gespeicherter Plan und Ihr Stoppsignal waren auf diesem Gerät beschädigt; stattdessen werden die Standardwerte verwendet.',
  'storage.message.settingsUnavailable':
    'Einstellungen können auf diesem Gerät nicht gespeichert werden.',
  'storage.message.settingsFull':
    'Der Gerätespeicher ist voll: Die Einstellungen wurden nicht gespeichert.',
  'storage.message.settingsFailed':
    'Die Einstellungen konnten auf diesem Gerät nicht gespeichert werden.',
  'storage.message.settingsUnreadable':
    'Die Einstellungen konnten auf diesem Gerät nicht gelesen werden.',
  'storage.message.settingsKeptUnsaved':
    'Die Einstellungen konnten auf diesem Gerät nicht gelesen werden, daher gelten Änderungen nur, bis Tractus geschlossen wird; Ihre gespeicherten Einstellungen bleiben unverändert.',
  'storage.message.settingsReset':
    'Einige gespeicherte Einstellungen waren nicht lesbar und sind wieder auf ihren Standardwerten. Bitte prüfen Sie sie in den Einstellungen.',
  'storage.message.settingsDamaged':
    'Die gespeicherten Einstellungen waren beschädigt und wurden zurückgesetzt.',
} satisfies Record<keyof typeof english, string>;
