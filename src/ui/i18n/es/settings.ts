// Spanish words for Settings: language, voice, cues, display and the plan defaults with their limits.
import type { settings as english } from '../en/settings';

export const settings = {
  'settings.title': 'Ajustes',
  'settings.saveProblem': 'No se pudieron guardar tus ajustes',
  'settings.savedAsYouGo': 'Los cambios se guardan al hacerlos.',

  'settings.languageAndVoice': 'Idioma y voz',
  'settings.language.legend': 'Idioma',
  'settings.language.device': 'El mismo que este dispositivo',
  // Each language is named in its own words, so a reader finds theirs.
  'settings.language.en': 'English',
  'settings.language.es': 'Español',
  'settings.language.de': 'Deutsch',

  'settings.voice.legend': 'Indicaciones habladas',
  'settings.voice.on': 'Decir las indicaciones en voz alta',
  'settings.voice.onHint': 'Los subtítulos se muestran siempre, con voz o sin ella.',
  'settings.voice.choice': 'Voz',
  'settings.voice.automatic': 'Automática: la mejor voz de este dispositivo',
  'settings.voice.option': '{name} ({lang})',
  'settings.voice.optionNetwork': '{name} ({lang}, necesita conexión a internet)',
  'settings.voice.none':
    'Aún no se ha encontrado ninguna voz para este idioma en este dispositivo. Los subtítulos y los pitidos siguen funcionando.',
  'settings.voice.rate': 'Velocidad de la voz',
  'settings.voice.rateValue': '{rate}×',
  'settings.voice.rateHint': 'De {min}× (más lenta) a {max}× (más rápida).',
  'settings.voice.preview': 'Probar la voz',
  'settings.voice.previewText': 'Inclínate hacia atrás, despacio. Mantén así. Suelta despacio.',
  'settings.voice.unavailable':
    'La voz no funciona en este dispositivo, así que las indicaciones se muestran como subtítulos con pitidos.',

  'settings.cues.heading': 'Indicaciones y pantalla',
  'settings.cues.legend': 'Durante una sesión',
  'settings.cues.beeps': 'Pitido con cada indicación',
  'settings.cues.beepsHint':
    '«Stop» y la indicación de soltar siempre tienen su propio sonido, aunque los pitidos estén desactivados.',
  'settings.cues.silent':
    'Las indicaciones habladas y los pitidos están desactivados: solo «Stop» y la indicación de soltar harán sonido. Quien ayuda debe mirar la pantalla para cada una de las demás indicaciones.',
  'settings.cues.vibration': 'Vibrar con cada indicación (si el dispositivo lo permite)',
  'settings.cues.keepAwake': 'Mantener la pantalla encendida',
  'settings.cues.keepAwakeHint': 'Para que el tiempo y el botón «Stop» sigan funcionando.',

  'settings.display.heading': 'Aspecto',
  'settings.textSize.legend': 'Tamaño del texto',
  'settings.textSize.normal': 'Normal',
  'settings.textSize.large': 'Grande',
  'settings.textSize.larger': 'Más grande',
  'settings.theme.legend': 'Colores',
  'settings.theme.system': 'Igual que este dispositivo',
  'settings.theme.light': 'Claro',
  'settings.theme.dark': 'Oscuro',

  'settings.plan.heading': 'Plan predeterminado',
  'settings.plan.legend': 'Tiempos con los que empieza cada plan nuevo',
  'settings.plan.hint':
    'Después de cada sesión, el plan se adapta dentro de estos límites. Tractus nunca sale de ellos.',
  'settings.plan.holdSeconds': 'Tiempo mantenido inicial (segundos)',
  'settings.plan.holdMaxSeconds': 'Tiempo mantenido máximo (segundos)',
  'settings.plan.releaseSeconds': 'Tiempo para soltar (segundos)',
  'settings.plan.restSeconds': 'Descanso entre tracciones (segundos)',
  'settings.plan.totalMinutes': 'Duración total de la sesión (minutos)',
  'settings.plan.rangeSeconds': 'De {min} a {max} segundos.',
  'settings.plan.rangeMinutes': 'De {min} a {max} minutos.',
  'settings.plan.notWholeSeconds':
    'Escribe un número entero de segundos. Este ajuste no se ha cambiado.',
  'settings.plan.notWholeMinutes':
    'Escribe un número entero de minutos. Este ajuste no se ha cambiado.',
  'settings.plan.tooLowSeconds':
    'El mínimo permitido es {min} segundos. Este ajuste no se ha cambiado.',
  'settings.plan.tooLowMinutes':
    'El mínimo permitido es {min} minutos. Este ajuste no se ha cambiado.',
  'settings.plan.tooHighSeconds':
    'El máximo permitido es {max} segundos. Este ajuste no se ha cambiado.',
  'settings.plan.tooHighMinutes':
    'El máximo permitido es {max} minutos. Este ajuste no se ha cambiado.',
  'settings.plan.holdAboveMax':
    'El tiempo mantenido inicial no puede ser más largo que el máximo ({max} segundos). Este ajuste no se ha cambiado.',
  'settings.plan.maxBelowHold':
    'El tiempo mantenido máximo no puede ser más corto que el inicial ({min} segundos). Este ajuste no se ha cambiado.',
} satisfies Record<keyof typeof english, string>;
