// Vibration that marks cues as a port: the Vibration API adapter where it exists, and a fake.

/** Milliseconds: on, off, on, … (a single number is one pulse). */
export type VibrationPattern = number | readonly number[];

export interface Haptics {
  /** False where the device cannot vibrate, so settings can say so instead of offering a switch. */
  readonly supported: boolean;
  pulse(pattern: VibrationPattern): void;
}

interface VibrationHost {
  vibrate?: (pattern: number | number[]) => boolean;
}

/**
 * The adapter over `navigator.vibrate`. iOS Safari has no such method; a blind call would throw
 * and take the rest of the cue with it, so it is only called where `'vibrate' in navigator`.
 */
export function createBrowserHaptics(
  nav: VibrationHost | undefined = globalThis.navigator,
): Haptics {
  const supported = nav !== undefined && 'vibrate' in nav;
  return {
    supported,
    pulse(pattern) {
      if (!supported || !nav?.vibrate) return;
      try {
        nav.vibrate(typeof pattern === 'number' ? pattern : [...pattern]);
      } catch (error) {
        console.warn('Vibration failed.', error);
      }
    },
  };
}

export class FakeHaptics implements Haptics {
  readonly pulses: VibrationPattern[] = [];

  constructor(readonly supported = true) {}

  pulse(pattern: VibrationPattern): void {
    if (this.supported) this.pulses.push(pattern);
  }
}
