// Spanish words for the set-up checklist: each item, why it matters, and the audio check.
import type { setup as english } from '../en/setup';

export const setup = {
  'setup.title': 'Prepararlo todo juntos',
  'setup.intro':
    'Marca cada punto cuando esté hecho. Cada uno ayuda a que todas las tracciones sean seguras.',
  'setup.surface.label': 'Una superficie firme y antideslizante',
  'setup.surface.why':
    'Una colchoneta firme en el suelo, o una cama estable sin ruedas, para que nadie resbale durante una tracción.',
  'setup.room.label': 'Espacio para que quien ayuda se incline hacia atrás',
  'setup.room.why':
    'Quien ayuda tira inclinándose hacia atrás, así que el espacio detrás debe estar libre de muebles y de cualquier cosa con la que tropezar.',
  'setup.receiver.label': 'Quien recibe está boca arriba, con el cuerpo totalmente relajado',
  'setup.receiver.why':
    'Con los músculos relajados, basta con una tracción suave. Ten el teléfono al alcance para pulsar «Stop».',
  'setup.partner.label': 'Quien ayuda tiene una postura estable',
  'setup.partner.why':
    'Pies separados, rodillas algo flexionadas, brazos largos. Tira con el peso del cuerpo, no con la fuerza de los brazos, para que la tracción sea lenta y constante.',
  'setup.audio.heading': 'Prueba de sonido',
  'setup.audio.why':
    'La sesión se guía con sonido, así que quien ayuda puede mirar a la otra persona y no la pantalla. Comprueba que ambas personas lo oyen.',
  'setup.audio.play': 'Reproducir la prueba de sonido',
  'setup.audio.playing': 'Reproduciendo la prueba de sonido…',
  'setup.audio.played': 'La prueba de sonido ha sonado. ¿La han oído las dos personas?',
  'setup.audio.playedVoice':
    'La prueba de sonido ha dicho una frase, sin pitido: los pitidos están desactivados en Ajustes. ¿La han oído las dos personas?',
  'setup.audio.playedBeep':
    'La prueba de sonido ha hecho un pitido, sin palabras: las indicaciones habladas están desactivadas en Ajustes, así que cada indicación será un pitido y un texto en pantalla. ¿Lo han oído las dos personas?',
  'setup.audio.playedStop':
    'La prueba de sonido ha hecho el sonido de «Stop». Las indicaciones habladas y los pitidos están desactivados en Ajustes, así que en la sesión solo «Stop» y la indicación de soltar harán sonido: quien ayuda debe mirar la pantalla para cada una de las demás indicaciones. ¿Lo han oído las dos personas?',
  'setup.audio.failed':
    'No se pudo reproducir la prueba de sonido. Sube el volumen, comprueba que el sonido está permitido y vuelve a intentarlo.',
  'setup.audio.voiceFailed':
    'La voz no se pudo reproducir en este dispositivo. Cada indicación se seguirá mostrando como texto en pantalla, con un pitido.',
  'setup.audio.voiceFailedStopOnly':
    'La voz no se pudo reproducir en este dispositivo y los pitidos están desactivados en Ajustes, así que la prueba ha hecho el sonido de «Stop» en su lugar. En la sesión solo «Stop» y la indicación de soltar harán sonido: quien ayuda debe mirar la pantalla para cada una de las demás indicaciones.',
  'setup.audio.heard': 'Los dos lo hemos oído',
  'setup.audio.notPlayed':
    'Primero reproduce la prueba de sonido y después marca esto si las dos personas la han oído.',
  'setup.item.error': 'Marca esto cuando esté hecho.',
  'setup.missing.heading': 'Falta por hacer antes de continuar:',
} satisfies Record<keyof typeof english, string>;
