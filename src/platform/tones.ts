// Beeps that mark cues as a port: a Web Audio adapter with a distinct sound for Stop, and a fake.

export type ToneName = 'phase' | 'countdown' | 'stop';

export interface Tones {
  phase(): void;
  countdown(): void;
  /** Unlike the others, so Stop is recognised without looking at the screen; never switched off. */
  stop(): void;
  /** Call inside a user gesture: browsers keep audio suspended until one resumes it. */
  unlock(): Promise<void>;
}

interface Note {
  frequency: number;
  /** Seconds after the sound starts. */
  offset: number;
  duration: number;
  /** Peak gain, 0–1. */
  peak: number;
}

/** One voice: its notes follow each other without overlap, so one oscillator plays them all. */
interface Sound {
  type: OscillatorType;
  notes: readonly Note[];
}

/** A soft mid beep for a phase, a short high tick for a count, a loud falling pair twice for Stop. */
export const TONES: Readonly<Record<ToneName, Sound>> = {
  phase: { type: 'sine', notes: [{ frequency: 660, offset: 0, duration: 0.18, peak: 0.35 }] },
  countdown: { type: 'sine', notes: [{ frequency: 990, offset: 0, duration: 0.07, peak: 0.25 }] },
  stop: {
    type: 'triangle',
    notes: [
      { frequency: 784, offset: 0, duration: 0.16, peak: 0.6 },
      { frequency: 523, offset: 0.18, duration: 0.16, peak: 0.6 },
      { frequency: 784, offset: 0.4, duration: 0.16, peak: 0.6 },
      { frequency: 523, offset: 0.58, duration: 0.22, peak: 0.6 },
    ],
  },
};

/** Exponential ramps cannot reach zero; this is inaudible and avoids a click at both ends. */
const SILENT_GAIN = 0.0001;
const ATTACK_S = 0.01;

interface AudioSessionHost {
  audioSession?: { type: string };
}

export interface WebAudioTonesOptions {
  AudioContext?: typeof AudioContext;
  navigator?: AudioSessionHost;
}

/** The adapter over Web Audio: an AudioContext is created at the first unlock or sound, not before. */
export function createWebAudioTones(options: WebAudioTonesOptions = {}): Tones {
  const Context: typeof AudioContext | undefined = options.AudioContext ?? globalThis.AudioContext;
  // Not yet in TypeScript's DOM types (Safari 16.4+ only).
  const nav = options.navigator ?? (globalThis as { navigator?: AudioSessionHost }).navigator;
  let context: AudioContext | null = null;
  let failed = false;

  function getContext(): AudioContext | null {
    if (context || failed) return context;
    if (!Context) {
      failed = true;
      return null;
    }
    try {
      // Safari: 'playback' keeps beeps audible with the ring/silent switch on; the default
      // category mutes them, and a muted Stop beep is exactly what must not happen.
      if (nav?.audioSession) nav.audioSession.type = 'playback';
      context = new Context();
    } catch (error) {
      failed = true;
      console.warn('Beeps unavailable: could not create an AudioContext.', error);
    }
    return context;
  }

  function resume(ctx: AudioContext): Promise<void> {
    // iOS reports 'interrupted' after a call or a Siri prompt; it also needs a resume.
    if (ctx.state === 'running') return Promise.resolve();
    return ctx.resume().catch((error: unknown) => {
      console.warn('Beeps unavailable: the AudioContext could not resume.', error);
    });
  }

  // One oscillator and one gain per sound, however many notes: Stop's four notes cost two nodes,
  // not eight, inside the very task that must show the release at once.
  function play(name: ToneName): void {
    const ctx = getContext();
    if (!ctx) return;
    void resume(ctx);
    const { type, notes } = TONES[name];
    const start = ctx.currentTime;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = type;
    let end = start;
    for (const note of notes) {
      const at = start + note.offset;
      end = at + note.duration;
      // The frequency changes while the gain is silent, between one note's fade and the next.
      oscillator.frequency.setValueAtTime(note.frequency, at);
      gain.gain.setValueAtTime(SILENT_GAIN, at);
      gain.gain.exponentialRampToValueAtTime(note.peak, at + ATTACK_S);
      gain.gain.exponentialRampToValueAtTime(SILENT_GAIN, end);
    }
    oscillator.connect(gain);
    gain.connect(ctx.destination);
    oscillator.onended = () => {
      oscillator.disconnect();
      gain.disconnect();
    };
    oscillator.start(start);
    oscillator.stop(end + ATTACK_S);
  }

  return {
    phase: () => play('phase'),
    countdown: () => play('countdown'),
    stop: () => play('stop'),
    unlock() {
      const ctx = getContext();
      return ctx ? resume(ctx) : Promise.resolve();
    },
  };
}

/** Records which sounds were asked for. */
export class FakeTones implements Tones {
  readonly played: ToneName[] = [];
  unlocked = false;

  phase(): void {
    this.played.push('phase');
  }

  countdown(): void {
    this.played.push('countdown');
  }

  stop(): void {
    this.played.push('stop');
  }

  unlock(): Promise<void> {
    this.unlocked = true;
    return Promise.resolve();
  }
}
