// The Tones contract, held by the fake and by the Web Audio adapter on a stubbed AudioContext.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebAudioTones, FakeTones, type Tones } from './tones';

// --- A minimal AudioContext that records the sounds scheduled on it. ---------------------------

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
  readonly sounds: { oscillator: StubOscillator; gain: StubGain }[] = [];
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
    if (this.pendingOscillator) this.sounds.push({ oscillator: this.pendingOscillator, gain });
    return gain;
  }
  resume() {
    this.state = 'running';
    return Promise.resolve();
  }
}

function allSounds() {
  return StubAudioContext.instances.flatMap((c) => c.sounds);
}

/** Each note of a sound: its frequency, and its gain's rise from silence and fall back to it. */
function notesOf({ oscillator, gain }: { oscillator: StubOscillator; gain: StubGain }) {
  const envelope = gain.gain.events;
  return oscillator.frequency.events.map((frequency, i) => ({
    frequency: frequency.value,
    at: frequency.time,
    envelope: envelope.slice(i * 3, i * 3 + 3),
  }));
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
      const before = allSounds().length;
      play();
      const start = StubAudioContext.instances[0]?.currentTime ?? 0;
      return allSounds()
        .slice(before)
        .flatMap((sound) =>
          notesOf(sound).map(
            (note) => `${sound.oscillator.type}:${note.frequency}@${note.at - start}`,
          ),
        )
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
    expect(allSounds().length).toBeGreaterThan(0);
  });

  it('fades every note in from and out to silence, so beeps do not click', () => {
    const tones = createWebAudioTones();
    tones.stop();
    tones.phase();
    tones.countdown();
    const sounds = allSounds();
    expect(sounds).toHaveLength(3);
    for (const sound of sounds) {
      const notes = notesOf(sound);
      expect(sound.gain.gain.events).toHaveLength(notes.length * 3);
      expect(notes[0]?.at).toBe(sound.oscillator.startAt);
      let silentSince = Number.NEGATIVE_INFINITY;
      for (const { at, envelope } of notes) {
        const [rise, peak, fall] = envelope;
        // The note begins from silence, after the one before has faded out.
        expect(rise).toMatchObject({ kind: 'set', time: at });
        expect(rise?.value).toBeLessThan(0.001);
        expect(at).toBeGreaterThanOrEqual(silentSince);
        expect(peak?.kind).toBe('ramp');
        expect(peak?.value).toBeGreaterThan(0.1);
        expect(fall?.kind).toBe('ramp');
        expect(fall?.value).toBeLessThan(0.001);
        silentSince = fall?.time ?? Number.POSITIVE_INFINITY;
      }
      expect(sound.oscillator.stopAt).toBeGreaterThanOrEqual(silentSince);
    }
  });

  it('plays Stop as two falling pairs of notes on one oscillator', () => {
    createWebAudioTones().stop();
    const [sound] = allSounds();
    expect(sound?.oscillator.type).toBe('triangle');
    expect(notesOf(sound as NonNullable<typeof sound>).map((n) => n.frequency)).toEqual([
      784, 523, 784, 523,
    ]);
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
