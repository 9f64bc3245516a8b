// Spanish text alternatives and labels for the illustrations drawn for Tractus.
import type { illustrations as english } from '../en/illustrations';

export const illustrations = {
  'illustrations.receiverLying.alt':
    'Quien recibe está boca arriba sobre una colchoneta firme, con la cabeza apoyada, los brazos relajados a los lados y las piernas estiradas, y el teléfono en una mano.',
  'illustrations.partnerStance.alt':
    'Quien ayuda está de pie con los pies separados y las rodillas algo flexionadas, los brazos largos y estirados, inclinándose hacia atrás para que la tracción venga del peso del cuerpo y no de los brazos.',
  'illustrations.ankleHold.alt':
    'La sujeción por los tobillos: la mano de quien ayuda agarra la pierna justo por encima de la articulación del tobillo. El tobillo en sí está marcado con «Aquí no». Una flecha muestra la tracción lenta hacia los pies.',
  'illustrations.ankleHold.gripHere': 'Agarrar aquí',
  'illustrations.ankleHold.notHere': 'Aquí no',
  'illustrations.pelvicBelt.alt':
    'El cinturón pélvico: un cinturón ancho rodea la parte alta de los muslos, cerca de las caderas. La ingle está marcada con «Aquí no»: el cinturón no debe presionarla. Una flecha muestra la tracción suave hacia los pies.',
  'illustrations.pelvicBelt.beltHere': 'Cinturón aquí',
  'illustrations.pelvicBelt.notHere': 'Aquí no',
} satisfies Record<keyof typeof english, string>;
