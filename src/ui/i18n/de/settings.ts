// German words for Settings: language, voice, cues, display and the plan defaults with their limits.
import type { settings as english } from '../en/settings';

export const settings = {
  'settings.title': 'Einstellungen',
  'settings.saveProblem': 'Ihre Einstellungen konnten nicht gespeichert werden',
  'settings.savedAsYouGo': 'Änderungen werden sofort gespeichert.',

  'settings.languageAndVoice': 'Sprache und Stimme',
  'settings.language.legend': 'Sprache',
  'settings.language.device': 'Wie auf diesem Gerät',
  // Each language is named in its own words, so a reader finds theirs.
  'settings.language.en': 'English',
  'settings.language.es': 'Español',
  'settings.language.de': 'Deutsch',

  'settings.voice.legend': 'Gesprochene Hinweise',
  'settings.voice.on': 'Hinweise laut vorlesen',
  'settings.voice.onHint': 'Untertitel werden immer angezeigt, ob gesprochen wird oder nicht.',
  'settings.voice.choice': 'Stimme',
  'settings.voice.automatic': 'Automatisch: die beste Stimme auf diesem Gerät',
  'settings.voice.option': '{name} ({lang})',
  'settings.voice.optionNetwork': '{name} ({lang}, braucht eine Internetverbindung)',
  'settings.voice.none':
    'Auf diesem Gerät wurde noch keine Stimme für diese Sprache gefunden. Untertitel und Pieptöne funktionieren weiterhin.',
  'settings.voice.rate': 'Sprechtempo',
  'settings.voice.rateValue': '{rate}×',
  'settings.voice.rateHint': 'Von {min}× (langsamer) bis {max}× (schneller).',
  'settings.voice.preview': 'Stimme testen',
  'settings.voice.previewText': 'Langsam zurücklehnen. Hier halten. Langsam lösen.',
  'settings.voice.unavailable':
    'Die Sprachausgabe funktioniert auf diesem Gerät nicht, daher werden die Hinweise als Untertitel mit Pieptönen angezeigt.',

  'settings.cues.heading': 'Hinweise und Bildschirm',
  'settings.cues.legend': 'Während einer Sitzung',
  'settings.cues.beeps': 'Piepton bei jedem Hinweis',
  'settings.cues.beepsHint':
    '„Stop“ und das Lösen haben immer ihren eigenen Ton, auch wenn Pieptöne ausgeschaltet sind.',
  'settings.cues.silent':
    'Gesprochene Hinweise und Pieptöne sind beide ausgeschaltet: Nur „Stop“ und das Lösen geben einen Ton. Die helfende Person muss für alle anderen Hinweise auf den Bildschirm schauen.',
  'settings.cues.vibration': 'Vibration bei jedem Hinweis (wenn das Gerät es kann)',
  'settings.cues.keepAwake': 'Bildschirm eingeschaltet lassen',
  'settings.cues.keepAwakeHint': 'Damit die Zeitmessung und die „Stop“-Taste weiter funktionieren.',

  'settings.display.heading': 'Darstellung',
  'settings.textSize.legend': 'Textgröße',
  'settings.textSize.normal': 'Normal',
  'settings.textSize.large': 'Groß',
  'settings.textSize.larger': 'Größer',
  'settings.theme.legend': 'Farben',
  'settings.theme.system': 'Wie auf diesem Gerät',
  'settings.theme.light': 'Hell',
  'settings.theme.dark': 'Dunkel',

  'settings.plan.heading': 'Voreinstellungen für den Plan',
  'settings.plan.legend': 'Zeiten, mit denen jeder neue Plan beginnt',
  'settings.plan.hint':
    'Nach jeder Sitzung passt sich der Plan innerhalb dieser Grenzen an. Tractus überschreitet sie nie.',
  'settings.plan.holdSeconds': 'Erstes Halten (Sekunden)',
  'settings.plan.holdMaxSeconds': 'Längstes Halten (Sekunden)',
  'settings.plan.releaseSeconds': 'Lösen (Sekunden)',
  'settings.plan.restSeconds': 'Ruhezeit zwischen den Zügen (Sekunden)',
  'settings.plan.totalMinutes': 'Gesamte Sitzung (Minuten)',
  'settings.plan.rangeSeconds': 'Von {min} bis {max} Sekunden.',
  'settings.plan.rangeMinutes': 'Von {min} bis {max} Minuten.',
  'settings.plan.notWholeSeconds':
    'Geben Sie eine ganze Zahl von Sekunden ein. Diese Einstellung wurde nicht geändert.',
  'settings.plan.notWholeMinutes':
    'Geben Sie eine ganze Zahl von Minuten ein. Diese Einstellung wurde nicht geändert.',
  'settings.plan.tooLowSeconds':
    'Das Minimum sind {min} Sekunden. Diese Einstellung wurde nicht geändert.',
  'settings.plan.tooLowMinutes':
    'Das Minimum sind {min} Minuten. Diese Einstellung wurde nicht geändert.',
  'settings.plan.tooHighSeconds':
    'Das Maximum sind {max} Sekunden. Diese Einstellung wurde nicht geändert.',
  'settings.plan.tooHighMinutes':
    'Das Maximum sind {max} Minuten. Diese Einstellung wurde nicht geändert.',
  'settings.plan.holdAboveMax':
    'Das erste Halten darf nicht länger sein als das längste Halten ({max} Sekunden). Diese Einstellung wurde nicht geändert.',
  'settings.plan.maxBelowHold':
    'Das längste Halten darf nicht kürzer sein als das erste Halten ({min} Sekunden). Diese Einstellung wurde nicht geändert.',
} satisfies Record<keyof typeof english, string>;
