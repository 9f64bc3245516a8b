// @vitest-environment jsdom
// The Haptics contract, held by the fake and by the adapter; vibrate is never called where absent.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHaptics, FakeHaptics, type Haptics, type VibrationPattern } from './haptics';

interface HapticsHarness {
  haptics: Haptics;
  felt(): VibrationPattern[];
}

function hapticsContract(name: string, make: () => HapticsHarness) {
  describe(`Haptics contract: ${name}`, () => {
    it('says it can vibrate, and vibrates each pattern as given', () => {
      const { haptics, felt } = make();
      expect(haptics.supported).toBe(true);
      haptics.pulse([300, 100, 300]);
      haptics.pulse(40);
      expect(felt()).toEqual([[300, 100, 300], 40]);
    });
  });
}

hapticsContract('FakeHaptics', () => {
  const haptics = new FakeHaptics();
  return { haptics, felt: () => haptics.pulses };
});

describe('createBrowserHaptics', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  hapticsContract('createBrowserHaptics with navigator.vibrate', () => {
    const felt: VibrationPattern[] = [];
    const navigator = {
      vibrate(this: unknown, pattern: number | number[]) {
        // The real method throws "Illegal invocation" unless called on navigator.
        if (this !== navigator) throw new TypeError('Illegal invocation');
        felt.push(pattern);
        return true;
      },
    };
    vi.stubGlobal('navigator', navigator);
    return { haptics: createBrowserHaptics(), felt: () => felt };
  });

  it('reports no vibration and does not throw where the browser has none (jsdom, iOS)', () => {
    expect('vibrate' in navigator).toBe(false);
    const haptics = createBrowserHaptics();
    expect(haptics.supported).toBe(false);
    expect(() => haptics.pulse(150)).not.toThrow();
  });

  it("never calls vibrate unless 'vibrate' in navigator says it exists", () => {
    const vibrate = vi.fn(() => true);
    // A navigator that hides vibrate from `in` but would still hand it out if asked.
    const navigator = new Proxy(
      { vibrate },
      { has: (target, key) => key !== 'vibrate' && key in target },
    );
    vi.stubGlobal('navigator', navigator);
    const haptics = createBrowserHaptics();
    haptics.pulse([300, 100, 300]);
    expect(haptics.supported).toBe(false);
    expect(vibrate).not.toHaveBeenCalled();
  });

  it('keeps going when the device refuses to vibrate', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('navigator', {
      vibrate() {
        throw new Error('blocked');
      },
    });
    expect(() => createBrowserHaptics().pulse(40)).not.toThrow();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
