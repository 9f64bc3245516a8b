// Spanish words for the live session: recap, phase details, controls, check-ins and the end.
// The controls and rating options keep their English names; the recap and legends say what they mean.
import type { live as english } from '../en/live';

export const live = {
  'live.recap.title': 'Todo listo para empezar',
  'live.recap.intro':
    'Lee esto junto con la otra persona. Después, quien recibe pulsa «Start session» (empezar la sesión) y Tractus guía en voz alta a quien ayuda en cada tracción.',
  'live.recap.technique': 'Técnica',
  'live.recap.plan': 'Plan',
  'live.recap.planValue':
    'Mantener {hold} segundos (hasta {holdMax}), soltar en {release} segundos, {rest} segundos de descanso entre tracciones, unos {total} minutos en total.',
  'live.recap.stop': 'Cómo parar',
  'live.recap.stopValue':
    'Di «{word}» o haz la señal: {signal}. Quien ayuda suelta despacio de inmediato.',
  'live.recap.notNow': 'Ahora no, volver al inicio',
  'live.recap.controls':
    'Quien recibe tiene el teléfono. «Stop» (parar) es el botón rojo grande de la parte inferior de la pantalla; con un teclado, Espacio o Escape también paran. «Gentle pull — hold here» confirma que la tracción ya es suave, «Ease off» pide aflojar un poco y «Pause» hace una pausa.',
  'live.title': 'Sesión en curso',
  'live.controls': 'Controles de la sesión',
  'live.button.pain': 'Dolor',
  'live.countdown.unit': 's',
  'live.countdown.label': 'segundos que quedan en esta fase',
  'live.caption.label': 'Ahora',
  'live.progress.pull': 'Tracción {n} de unas {m}',
  'live.progress.left': 'Quedan {time} de sesión',
  'live.reminder.label': 'Para parar:',
  'live.reminder.value': 'di «{word}» o haz la señal: {signal}',
  'live.status.getReady': 'tracción {n}. Quien ayuda: prepara el agarre.',
  'live.status.ramp': 'inclínate hacia atrás despacio.',
  'live.status.hold': 'mantén firme.',
  'live.status.release': 'suelta despacio.',
  'live.status.rest': '¿qué tal esa tracción?',
  'live.status.paused': 'relájate. Pulsa «{resume}» cuando las dos personas estén listas.',
  'live.status.stopCheck': '¿por qué has parado?',
  'live.status.stopChoice': '¿seguir o terminar la sesión?',
  'live.status.done': 'sesión terminada.',
  'live.status.ended': 'la sesión ha terminado.',
  'live.problem.speech': 'La voz no está disponible: sigue los subtítulos y los pitidos',
  'live.problem.screen':
    'Este dispositivo no pudo mantener la pantalla encendida, así que puede apagarse. La sesión sigue contando el tiempo, y al tocar la pantalla vuelve a aparecer «Stop».',
  'live.problem.storage':
    'Tractus no pudo guardar esta sesión en el dispositivo: {message} La sesión continúa y no se pierde nada mientras esta pantalla siga abierta.',
  'live.rating.heading': '¿Qué tal esa tracción?',
  'live.rating.legend':
    'Quien recibe: ¿cómo la has notado? (Too gentle: demasiado suave · Just right: en su punto · Too strong: demasiado fuerte · Painful: con dolor)',
  'live.rating.tooGentle': 'Too gentle',
  'live.rating.justRight': 'Just right',
  'live.rating.tooStrong': 'Too strong',
  'live.rating.painful': 'Painful',
  'live.rating.error': 'Elige cómo has notado la tracción.',
  'live.discomfort.legend': '¿Alguna molestia? Marca dónde (opcional)',
  'live.discomfort.ankles': 'Tobillos',
  'live.discomfort.knees': 'Rodillas',
  'live.discomfort.hips': 'Caderas',
  'live.discomfort.belt': 'Donde queda el cinturón',
  'live.discomfort.sliding': 'Resbalar sobre la superficie',
  'live.next.heading': 'Siguiente tracción',
  'live.next.same': 'La misma tracción.',
  'live.next.longer': 'La misma tracción, mantenida un poco más.',
  'live.next.less': 'Inclínate un poco menos hacia atrás.',
  'live.next.more': 'Un poco más, siempre despacio.',
  'live.next.eased': 'Solo hasta donde quedó al aflojar.',
  'live.next.hold': 'Mantén {seconds} segundos.',
  'live.next.position': 'Antes de la siguiente tracción:',
  'live.position.gripHigherOrPadded':
    'Agarra un poco más arriba en las piernas, o pon algo acolchado bajo las manos.',
  'live.position.switchToPelvicBelt':
    'Valora usar el cinturón pélvico («Pelvic belt») en lugar de la sujeción por los tobillos.',
  'live.position.switchToAnkleHold':
    'Valora usar la sujeción por los tobillos («Ankle hold») en lugar del cinturón pélvico.',
  'live.position.beltHigherAwayFromGroin': 'Sube un poco el cinturón, lejos de la ingle.',
  'live.position.firmerSurface': 'Cambia a una superficie más firme y antideslizante.',
  'live.stopCheck.heading': '¿Por qué has parado?',
  'live.stopCheck.legend':
    'Quien recibe: elige lo que mejor encaje. Las más graves van primero; si encaja más de una opción, elige la más grave.',
  'live.stopCheck.error': 'Elige por qué has parado.',
  'live.stopReason.finished': 'Terminado',
  'live.stopReason.wantedToStop': 'Solo quería parar',
  'live.stopReason.discomfort': 'Resultaba incómodo',
  'live.stopReason.slipped': 'El agarre o el cinturón resbaló, o quien ayuda perdió el equilibrio',
  'live.stopReason.sharpPain': 'Dolor agudo, o dolor que baja por una pierna',
  'live.stopReason.numbness': 'Entumecimiento, hormigueo o debilidad nuevos',
  'live.stopReason.dizziness': 'Mareo o náuseas',
  'live.stopReason.urgentSign':
    'Entumecimiento alrededor de los genitales, las nalgas o la cara interna de los muslos; dificultad nueva para orinar o pérdida del control de la vejiga o del intestino; entumecimiento o debilidad en ambas piernas, o debilidad en una pierna que va a peor; problemas sexuales nuevos junto con dolor de espalda',
  'live.stopChoice.heading': '¿Seguir o terminar?',
  'live.stopChoice.intro': 'Sigue solo si las dos personas quieren.',
  'live.stopChoice.gentler': 'La siguiente tracción será más suave.',
  'live.stopChoice.slipped':
    'Vuelve a agarrar bien o a colocar el cinturón antes de la siguiente tracción.',
  'live.stopChoice.carryOn': 'Seguir',
  'live.stopChoice.end': 'Terminar la sesión',
  'live.paused.heading': 'En pausa',
  'live.paused.intro':
    'Relájate. Pulsa «Resume» (reanudar) cuando las dos personas estén listas, o termina la sesión aquí.',
  'live.end.done': 'Sesión completada',
  'live.end.receiverEnded': 'Sesión terminada',
  'live.end.doneAdvice':
    'Suelta del todo. Descansa un minuto; después, quien recibe se gira hacia un lado para levantarse.',
  'live.end.redFlagTitle': 'Para por hoy. Consulta a un profesional antes de la próxima sesión.',
  'live.end.redFlagBody':
    'Lo que has notado es un motivo para no seguir. La comprobación antes de tu próxima sesión volverá a preguntar por ello.',
  'live.end.urgentTitle': 'Busca atención médica urgente ahora',
  'live.end.urgentBody':
    'Estas señales necesitan que te vea un médico hoy. Llama al número de emergencias de tu zona o acude a urgencias, y cuenta lo que has notado.',
  'live.end.endedHeading': 'Sesión terminada',
  'live.recoveredStop.title': 'Una pregunta antes del resumen',
  'live.recoveredStop.intro':
    'Tractus se cerró después de una parada, antes de que dijeras por qué habías parado.',
  'live.recoveredStop.saveFailed': 'No se pudo guardar tu respuesta: {message}',
} satisfies Record<keyof typeof english, string>;
