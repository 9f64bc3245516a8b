// The names the interface keeps in English in every language (PRODUCT.md, "Names the interface keeps").
import type { MessageKey } from './en';

export const FIXED_KEYS = [
  'button.stop',
  'button.pause',
  'button.resume',
  'button.easeOff',
  'button.gentlePull',
  'button.startSession',
  'button.continue',
  'button.yes',
  'button.no',
  'phase.idle',
  'phase.getReady',
  'phase.ramp',
  'phase.hold',
  'phase.release',
  'phase.rest',
  'phase.paused',
  'phase.stopCheck',
  'phase.stopChoice',
  'phase.done',
  'phase.ended',
  'technique.ankleHold',
  'technique.pelvicBelt',
  'live.rating.tooGentle',
  'live.rating.justRight',
  'live.rating.tooStrong',
  'live.rating.painful',
] as const satisfies readonly MessageKey[];

export type FixedKey = (typeof FIXED_KEYS)[number];
