// The stop agreement both people confirm before any pull: a word, a physical signal, baseline pain.

export interface Agreement {
  /** The word the receiver says to stop at once; "Stop" unless they choose another. */
  stopWord: string;
  /** One of PHYSICAL_SIGNAL_PRESETS, or the couple's own description of another signal. */
  physicalSignal: string;
  /** The receiver's pain before the session, 0–10. */
  baselinePain: number;
}

export const DEFAULT_STOP_WORD = 'Stop';

/** The signals offered ready-made; any other value is the couple's own words. */
export const PHYSICAL_SIGNAL_PRESETS = ['twoTaps', 'raisedHand'] as const;
export type PhysicalSignalPreset = (typeof PHYSICAL_SIGNAL_PRESETS)[number];

/** The catalogue keys of the ready-made signals' words, for showing a stored agreement. */
export const PHYSICAL_SIGNAL_LABEL_KEYS = {
  twoTaps: 'agreement.signal.twoTaps',
  raisedHand: 'agreement.signal.raisedHand',
} as const satisfies Record<PhysicalSignalPreset, string>;

export function isPhysicalSignalPreset(value: string): value is PhysicalSignalPreset {
  return (PHYSICAL_SIGNAL_PRESETS as readonly string[]).includes(value);
}
