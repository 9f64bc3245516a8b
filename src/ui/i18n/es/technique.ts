// Spanish words for choosing a technique. The two option names stay in English (assistive
// technology and tests rely on them); each summary starts with the Spanish name.
import type { technique as english } from '../en/technique';

export const technique = {
  'technique.title': 'Elige una técnica',
  'technique.intro':
    'Las dos son tracciones lentas y suaves. Elige la que mejor vaya a las dos personas. Puedes volver a elegir antes de cualquier sesión.',
  'technique.legend': 'Técnica',
  'technique.error': 'Elige una técnica.',
  'technique.stepsHeading': 'Pasos',
  'technique.ankleHold': 'Ankle hold',
  'technique.ankleHold.summary':
    'Sujeción por los tobillos: quien ayuda sujeta ambas piernas justo por encima de los tobillos.',
  'technique.ankleHold.step1':
    'Quien recibe se acuesta boca arriba con las piernas estiradas y relajadas.',
  'technique.ankleHold.step2':
    'Quien ayuda se coloca a los pies de quien recibe y sujeta ambas piernas justo por encima de la articulación del tobillo, nunca sobre la articulación.',
  'technique.ankleHold.step3':
    'Con los brazos largos, quien ayuda se inclina hacia atrás despacio, para que la tracción venga del peso del cuerpo.',
  'technique.ankleHold.step4':
    'La tracción aumenta poco a poco hacia los pies y después se mantiene constante.',
  'technique.pelvicBelt': 'Pelvic belt',
  'technique.pelvicBelt.summary':
    'Cinturón pélvico: una toalla o un cinturón ancho alrededor de la parte alta de los muslos, cerca de las caderas.',
  'technique.pelvicBelt.step1': 'Usa una toalla o un cinturón fuerte y ancho.',
  'technique.pelvicBelt.step2':
    'Pásalo alrededor de la parte alta de los muslos o del sacro de quien recibe (el hueso plano de la base de la columna), cerca de las caderas.',
  'technique.pelvicBelt.step3': 'Comprueba que el cinturón no presiona la ingle.',
  'technique.pelvicBelt.step4':
    'Quien ayuda mantiene una presión firme y estabilizadora sobre la pelvis mientras dirige una tracción suave hacia las rodillas o los pies.',
} satisfies Record<keyof typeof english, string>;
