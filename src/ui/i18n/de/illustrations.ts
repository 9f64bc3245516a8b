// German text alternatives and labels for the illustrations drawn for Tractus.
import type { illustrations as english } from '../en/illustrations';

export const illustrations = {
  'illustrations.receiverLying.alt':
    'Die liegende Person liegt auf dem Rücken auf einer festen Matte, der Kopf liegt auf, die Arme entspannt neben dem Körper, die Beine gestreckt, das Handy in einer Hand.',
  'illustrations.partnerStance.alt':
    'Die helfende Person steht mit geöffneten Füßen und locker gebeugten Knien, die Arme lang und gestreckt, und lehnt sich zurück, sodass der Zug aus dem Körpergewicht kommt und nicht aus den Armen.',
  'illustrations.ankleHold.alt':
    'Halten an den Knöcheln: Die Hand der helfenden Person greift den Unterschenkel knapp oberhalb des Sprunggelenks. Das Sprunggelenk selbst ist mit „Nicht hier“ markiert. Ein Pfeil zeigt den langsamen Zug in Richtung der Füße.',
  'illustrations.ankleHold.gripHere': 'Hier greifen',
  'illustrations.ankleHold.notHere': 'Nicht hier',
  'illustrations.pelvicBelt.alt':
    'Beckengurt: Ein breiter Gurt liegt um die Oberschenkel, nah an der Hüfte. Die Leiste ist mit „Nicht hier“ markiert: Der Gurt darf nicht auf sie drücken. Ein Pfeil zeigt den sanften Zug in Richtung der Füße.',
  'illustrations.pelvicBelt.beltHere': 'Gurt hier',
  'illustrations.pelvicBelt.notHere': 'Nicht hier',
} satisfies Record<keyof typeof english, string>;
