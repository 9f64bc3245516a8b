// The Tones contract, held by the fake and by the Web Audio adapter on a stubbed AudioContext.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebAudioTones, FakeTones, type Tones } from './tones';

// --- A minimal AudioContext that records the notes scheduled on it. ----------------------------

class StubParam {
  readonly events: { kind: string; value: number; time: number }[] = [];
  setValueAtTime(value: number, time: number) {
    this.events.push({ kind: 'set', value, time });
  }
  exponentialRampToValueAtTime(value: number, time: number) {
    this.events.push({ kind: 'ramp', value, time });
  }
}

class StubNode {
  connect(node: unknown) {
    return node;
  }
  disconnect() {}
}

class StubOscillator extends StubNode {
  type = 'sine';
  frequency = new StubParam();
  startAt: number | null = null;
  stopAt: number | null = null;
  onended: (() => void) | null = null;
  start(time: number) {
    this.startAt = time;
  }
  stop(time: number) {
    this.stopAt = time;
  }
}

class StubGain extends StubNode {
  gain = new StubParam();
}

class StubAudioContext {
  static instances: StubAudioContext[] = [];
  state = 'suspended';
  currentTime = 12;
  destination = new StubNode();
  readonly notes: { oscillator: StubOscillator; gain: StubGain }[] = [];
  private pendingOscillator: StubOscillator | null = null;

  constructor() {
    StubAudioContext.instances.push(this);
  }
  createOscillator() {
    this.pendingOscillator = new StubOscillator();
    return this.pendingOscillator;
  }
  createGain() {
    const gain = new StubGain();
    if (this.pendingOscillator) this.notes.push({ oscillator: this.pendingOscillator, gain });
    return gain;
  }
  resume() {
    this.state = 'running';
    return Promise.resolve();
  }
}

function allNotes() {
  return StubAudioContext.instances.flatMap((c) => c.notes);
}

// --- The contract --------------------------------------------------------------------------------

interface TonesHarness {
  tones: Tones;
  /** What a call made audible, as a comparable description ('' for nothing). */
  soundOf(play: () => void): string;
}

function tonesContract(name: string, make: () => TonesHarness) {
  describe(`Tones contract: ${name}`, () => {
    it('makes a sound for each kind of cue, and Stop sounds unlike the others', async () => {
      const { tones, soundOf } = make();
      await tones.unlock();
      const phase = soundOf(() => tones.phase());
      const countdown = soundOf(() => tones.countdown());
      const stop = soundOf(() => tones.stop());
      expect(phase).not.toBe('');
      expect(countdown).not.toBe('');
      expect(stop).not.toBe('');
      expect(new Set([phase, countdown, stop]).size).toBe(3);
    });

    it('sounds the same way each time, so the partner learns the sounds', () => {
      const { tones, soundOf } = make();
      expect(soundOf(() => tones.stop())).toBe(soundOf(() => tones.stop()));
    });
  });
}

tonesContract('FakeTones', () => {
  const tones = new FakeTones();
  return {
    tones,
    soundOf(play) {
      const before = tones.played.length;
      play();
      return tones.played.slice(before).join(',');
    },
  };
});

describe('createWebAudioTones', () => {
  beforeEach(() => {
    StubAudioContext.instances = [];
    vi.stubGlobal('AudioContext', StubAudioContext);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  tonesContract('createWebAudioTones', () => ({
    tones: createWebAudioTones(),
    soundOf(play) {
      const before = allNotes().length;
      play();
      const start = StubAudioContext.instances[0]?.currentTime ?? 0;
      return allNotes()
        .slice(before)
        .map(({ oscillator }) => {
          const frequency = oscillator.frequency.events[0]?.value;
          return `${oscillator.type}:${frequency}@${(oscillator.startAt ?? 0) - start}`;
        })
        .join(',');
    },
  }));

  it('creates no AudioContext until a gesture unlocks it or a sound is due', async () => {
    const tones = createWebAudioTones();
    expect(StubAudioContext.instances).toHaveLength(0);
    await tones.unlock();
    expect(StubAudioContext.instances).toHaveLength(1);
    expect(StubAudioContext.instances[0]?.state).toBe('running');
    tones.phase();
    expect(StubAudioContext.instances).toHaveLength(1);
  });

  it("asks Safari for the 'playback' audio session so the silent switch does not mute beeps", async () => {
    const navigator = { audioSession: { type: 'auto' } };
    vi.stubGlobal('navigator', navigator);
    await createWebAudioTones().unlock();
    expect(navigator.audioSession.type).toBe('playback');
  });

  it('works where there is no audio session API', async () => {
    vi.stubGlobal('navigator', {});
    const tones = createWebAudioTones();
    await tones.unlock();
    tones.stop();
    expect(allNotes().length).toBeGreaterThan(0);
  });

  it('fades every note in from and out to silence, so beeps do not click', () => {
    const tones = createWebAudioTones();
    tones.stop();
    tones.phase();
    tones.countdown();
    for (const { oscillator, gain } of allNotes()) {
      const [first, ...rest] = gain.gain.events;
      const last = rest[rest.length - 1];
      expect(first?.value).toBeLessThan(0.001);
      expect(last?.value).toBeLessThan(0.001);
      expect(first?.time).toBe(oscillator.startAt);
      expect(oscillator.stopAt).toBeGreaterThanOrEqual(last?.time ?? Number.POSITIVE_INFINITY);
    }
  });

  it('stays silent without throwing where Web Audio is missing', async () => {
    vi.stubGlobal('AudioContext', undefined);
    const tones = createWebAudioTones();
    await expect(tones.unlock()).resolves.toBeUndefined();
    expect(() => {
      tones.phase();
      tones.countdown();
      tones.stop();
    }).not.toThrow();
  });
});
