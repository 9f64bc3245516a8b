// Spanish words for after the session: pain now, a note, the summary and the plan for next time.
import type { summary as english } from '../en/summary';

export const summary = {
  'summary.title': 'Después de la sesión',
  'summary.intro':
    'Tómate un momento. Después, cuéntale a Tractus cómo se encuentra ahora quien recibe.',
  'summary.pain.legend': 'Quien recibe: ¿cuánto dolor de espalda tienes ahora?',
  'summary.pain.hint': '0 significa nada de dolor y 10, el peor que puedas imaginar.',
  'summary.pain.error': 'Elige un número del 0 al 10.',
  'summary.note.label': 'Una nota (opcional)',
  'summary.note.hint': 'Lo que valga la pena recordar: cómo fue, qué se cambió.',
  'summary.facts.heading': 'Esta sesión',
  'summary.facts.pulls': 'Tracciones',
  'summary.facts.traction': 'Tiempo en tracción',
  'summary.facts.longestHold': 'Tiempo mantenido más largo',
  'summary.facts.longestHoldValue': '{seconds} s',
  'summary.facts.pain': 'Dolor antes y después',
  'summary.facts.notRecorded': 'no registrado',
  'summary.facts.painValue': '{before} → {after}',
  'summary.facts.painValueSpoken': '{before} antes, {after} después',
  'summary.next.heading': 'La próxima vez',
  'summary.next.progress': 'Un poco más la próxima vez.',
  'summary.next.same': 'El mismo plan la próxima vez.',
  'summary.next.easier': 'Un poco más suave la próxima vez.',
  'summary.next.gentlest': 'Ya es el plan más suave: el mismo la próxima vez.',
  'summary.next.reason.firstSession': 'Esta ha sido la primera sesión con este plan.',
  'summary.next.reason.comfortableAndNoWorse':
    'Todas las tracciones valoradas fueron cómodas y el dolor después no era peor que antes.',
  'summary.next.reason.notEnoughFeedback':
    'No hubo suficientes valoraciones ni puntuaciones de dolor para cambiar el plan con seguridad.',
  'summary.next.reason.painWorseAfter': 'El dolor después era peor que antes.',
  'summary.next.reason.pullTooStrong':
    'Una tracción fue demasiado fuerte o dolorosa, o la sesión se paró por molestias.',
  'summary.next.reason.endedEarly':
    'La sesión terminó antes del tiempo previsto, así que el plan sigue igual.',
  'summary.next.reason.easedOrStopped':
    'Hubo que aflojar o detener una tracción, así que el plan sigue igual.',
  'summary.next.reason.endedByRedFlag':
    'La sesión terminó por una señal de alarma. Consulta a un profesional antes de la próxima.',
  'summary.next.plan':
    '{technique}: mantener {hold} segundos (hasta {holdMax}), soltar en {release} segundos, {rest} segundos de descanso, unos {total} minutos en total.',
  'summary.leaveUnsaved': 'Salir sin guardar',
  'summary.saveFailed':
    'No se pudieron guardar tus respuestas: {message} Siguen aquí; vuelve a intentarlo.',
} satisfies Record<keyof typeof english, string>;
