// Spanish words for the stop agreement: stop word, physical signal, confirmations, 0–10 scale.
import type { agreement as english } from '../en/agreement';

export const agreement = {
  'agreement.title': 'Acordar cómo parar',
  'agreement.intro':
    'Antes de cualquier tracción, hay que acordar juntos cómo la detendrá quien recibe (la persona acostada) y cómo responderá quien ayuda.',
  'agreement.stopWord.label': 'Palabra de parada',
  'agreement.stopWord.hint':
    'Una palabra corta y clara que quien recibe dice para parar al instante.',
  'agreement.stopWord.error': 'Escribe una palabra de parada, por ejemplo «Stop» o «Para».',
  'agreement.signal.legend': 'Una señal de parada sin palabras',
  'agreement.signal.hint':
    'Para cuando cueste hablar. Quien ayuda presta atención para verla y notarla.',
  'agreement.signal.twoTaps': 'Dos toques en el brazo de quien ayuda',
  'agreement.signal.raisedHand': 'Levantar la mano',
  'agreement.signal.other': 'Otra señal',
  'agreement.signal.otherLabel': 'Describe tu señal',
  'agreement.signal.error': 'Elige una señal de parada.',
  'agreement.signal.otherError': 'Describe la señal que se va a usar.',
  'agreement.confirm.heading': 'Confirmación de las dos personas',
  'agreement.confirm.receiver': 'Quien recibe: usaré esta señal',
  'agreement.confirm.receiverError': 'Quien recibe tiene que marcar esto.',
  'agreement.confirm.partner': 'Quien ayuda: soltaré despacio en cuanto la oiga o la vea',
  'agreement.confirm.partnerError': 'Quien ayuda tiene que marcar esto.',
  'agreement.scale.heading': 'La escala de 0 a 10',
  'agreement.scale.intro': 'Durante cada tracción, quien recibe valora lo que siente de 0 a 10.',
  'agreement.scale.zero': '0 significa nada en absoluto.',
  'agreement.scale.gentle': 'Una tracción suave está bien.',
  'agreement.scale.pain':
    'Cualquier dolor significa soltar: di la palabra de parada o haz la señal, y quien ayuda suelta despacio.',
  'agreement.baseline.legend': 'Quien recibe: ¿cuánto dolor de espalda tienes ahora mismo?',
  'agreement.baseline.hint': '0 significa nada de dolor y 10, el peor que puedas imaginar.',
  'agreement.baseline.error': 'Elige un número del 0 al 10.',
} satisfies Record<keyof typeof english, string>;
