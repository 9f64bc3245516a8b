// Spanish words shared by every screen. The button, phase names kept in English are fixed for
// assistive technology and tests (PRODUCT.md, "Names the interface keeps").
import type { common as english } from '../en/common';

export const common = {
  'button.stop': 'Stop',
  'button.pause': 'Pause',
  'button.resume': 'Resume',
  'button.easeOff': 'Ease off',
  'button.gentlePull': 'Gentle pull — hold here',
  'button.startSession': 'Start session',
  'button.continue': 'Continue',
  'button.back': 'Atrás',
  'button.yes': 'Yes',
  'button.no': 'No',
  'phase.idle': 'Get ready',
  'phase.getReady': 'Get ready',
  'phase.ramp': 'Ramp',
  'phase.hold': 'Hold',
  'phase.release': 'Release',
  'phase.rest': 'Rest',
  'phase.paused': 'Paused',
  'phase.stopCheck': 'Stopped',
  'phase.stopChoice': 'Stopped',
  'phase.done': 'Done',
  'phase.ended': 'Stopped',
  'nav.home': 'Inicio',
} satisfies Record<keyof typeof english, string>;
