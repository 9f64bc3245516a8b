// Spanish words for the first-run Welcome screen: what Tractus is and is not, and the evidence.
import type { welcome as english } from '../en/welcome';

export const welcome = {
  'welcome.title': 'Te damos la bienvenida a Tractus',
  'welcome.intro':
    'Tractus guía a dos personas en la tracción lumbar con ayuda. Una persona (quien recibe) se acuesta boca arriba; la otra (quien ayuda) aplica una tracción lenta, suave y constante.',
  'welcome.does.heading': 'Qué hace Tractus',
  'welcome.does.screen':
    'Primero hace preguntas de seguridad, y no guía ninguna tracción si una respuesta indica que no se debe.',
  'welcome.does.prepare':
    'Ayuda a acordar juntos una señal de parada y a prepararlo todo de forma segura.',
  'welcome.does.coach':
    'Guía en voz alta a quien ayuda en cada tracción, sin que tenga que tocar el teléfono, y da a quien recibe un botón «Stop» (parar) que siempre funciona.',
  'welcome.does.log': 'Guarda un registro honesto, solo en este dispositivo.',
  'welcome.isNot.heading': 'Qué no es Tractus',
  'welcome.isNot.treatment':
    'Tractus es una guía, no un tratamiento. No trata, cura ni alivia ninguna afección.',
  'welcome.isNot.care': 'No sustituye la atención de un profesional.',
  'welcome.isNot.advice':
    'Te recomendamos consultar a un profesional de la salud, como un médico o un fisioterapeuta, antes de empezar.',
  'welcome.isNot.cause': 'No puede decirte qué causa tu dolor de espalda.',
  'welcome.evidence.title': 'Qué dice la investigación',
  'welcome.evidence.body':
    'Las revisiones sistemáticas concluyen que, en promedio, la tracción cambia poco o nada el dolor lumbar (revisión Cochrane CD003010, 2013). A algunas personas les resulta agradable.',
  'welcome.ack.label':
    'Entiendo que Tractus es una guía, no un tratamiento, y que no sustituye la atención profesional.',
  'welcome.ack.error': 'Marca la casilla para confirmar que lo has leído y después continúa.',
} satisfies Record<keyof typeof english, string>;
