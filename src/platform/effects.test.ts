// Carrying out effects: every cue reaches each enabled channel; failures are reported, not fatal.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { CueId } from '../domain/cues/catalogue';
import { defaultPlan } from '../domain/plan/plan';
import { sessionScript } from '../domain/session/arbitraries';
import type { Effect } from '../domain/session/effects';
import { play } from '../domain/session/simulation';
import { createSession } from '../domain/session/step';
import { FakeClock } from './clock';
import { COUNTDOWN_LATE_TOLERANCE_MS, createCueQueue } from './cueQueue';
import {
  type Caption,
  type CueRun,
  type EffectPorts,
  type EffectSettings,
  HAPTIC_PATTERNS,
  phaseSpokenFor,
  runEffects,
  soundsTone,
} from './effects';
import { FakeHaptics } from './haptics';
import { createSessionScheduler } from './sessionScheduler';
import { FakeSpeech, type FakeSpeechOptions } from './speech';
import { FakeTones } from './tones';
import { FakeVisibility } from './visibility';
import { FakeWakeLock } from './wakeLock';

const WORDS: Partial<Record<CueId, string>> = {
  stopRelease: 'Stop — release slowly',
  rampPrompt: 'Receiver, tap when it is a gentle pull.',
  holdStart: 'Hold here. Keep it steady.',
  easeOff: 'Ease off a little and keep it steady.',
  releaseStart: 'Release slowly.',
  nextPullLonger: 'Next pull: the same pull, held a little longer.',
  count3: 'Three',
  count2: 'Two',
};

const ALL_ON: EffectSettings = {
  lang: 'en',
  voice: true,
  beeps: true,
  vibration: true,
  keepAwake: true,
};

function setUp(
  overrides: Partial<EffectPorts> = {},
  utteranceMs: FakeSpeechOptions['utteranceMs'] = 900,
) {
  const clock = new FakeClock(100_000);
  const speech = new FakeSpeech({ clock, utteranceMs });
  const tones = new FakeTones();
  const haptics = new FakeHaptics();
  const wakeLock = new FakeWakeLock();
  const captions: Caption[] = [];
  const errors: unknown[] = [];
  const persist = vi.fn();
  const ports: EffectPorts = {
    clock,
    cueQueue: createCueQueue(speech, clock),
    tones,
    haptics,
    wakeLock,
    cueText: (cue) => WORDS[cue] ?? cue,
    caption: (caption) => captions.push(caption),
    persist,
    onError: (error) => errors.push(error),
    ...overrides,
  };
  return { clock, speech, tones, haptics, wakeLock, captions, errors, persist, ports };
}

function cue(id: CueId, priority: 'safety' | 'phase' | 'countdown', scheduledAt: number): Effect {
  return { type: 'cue', cue: id, priority, scheduledAt };
}

describe('runEffects', () => {
  it('reports each cue carried out, with when it was due and when it ran', () => {
    const runs: CueRun[] = [];
    const { clock, ports } = setUp({ onCueRun: (run) => runs.push(run) });
    const due = clock.now() - 4;
    runEffects([cue('holdStart', 'phase', due), { type: 'persist' }], ports, ALL_ON);
    expect(runs).toEqual([
      {
        cue: 'holdStart',
        priority: 'phase',
        scheduledAt: due,
        startedAt: clock.now(),
        doneAt: clock.now(),
      },
    ]);
  });

  it('shows, says, sounds and vibrates a safety cue, with the Stop sound', () => {
    const { clock, speech, tones, haptics, captions, ports } = setUp();
    runEffects([cue('stopRelease', 'safety', clock.now())], ports, ALL_ON);
    expect(captions.map((c) => c.text)).toEqual(['Stop — release slowly']);
    expect(speech.speaking()?.text).toBe('Stop — release slowly');
    expect(tones.played).toEqual(['stop']);
    expect(haptics.pulses).toEqual([HAPTIC_PATTERNS.safety]);
  });

  it('marks a phase cue and a countdown number with their own beeps and pulses', () => {
    const { clock, tones, haptics, ports } = setUp();
    runEffects(
      [cue('holdStart', 'phase', clock.now()), cue('count3', 'countdown', clock.now())],
      ports,
      ALL_ON,
    );
    expect(tones.played).toEqual(['phase', 'countdown']);
    expect(haptics.pulses).toEqual([HAPTIC_PATTERNS.phase, HAPTIC_PATTERNS.countdown]);
    expect(HAPTIC_PATTERNS.safety).not.toEqual(HAPTIC_PATTERNS.phase);
  });

  it('leaves out each channel that is switched off, but always shows the caption', () => {
    const { clock, speech, tones, haptics, captions, wakeLock, ports } = setUp();
    const allOff = { ...ALL_ON, voice: false, beeps: false, vibration: false, keepAwake: false };
    runEffects(
      [
        { type: 'wakeLock', on: true },
        cue('holdStart', 'phase', clock.now()),
        cue('count3', 'countdown', clock.now()),
      ],
      ports,
      allOff,
    );
    expect(captions).toHaveLength(2);
    expect(speech.utterances).toEqual([]);
    expect(tones.played).toEqual([]);
    expect(haptics.pulses).toEqual([]);
    expect(wakeLock.requests).toBe(0);
  });

  it('sounds Stop and every release after it with beeps and voice off: a stop is never silent', () => {
    const { clock, speech, tones, haptics, captions, ports } = setUp();
    const allOff = { ...ALL_ON, voice: false, beeps: false, vibration: false, keepAwake: false };
    const releases = ['stopRelease', 'painRelease', 'pauseRelease', 'timeUpRelease'] as const;
    runEffects(
      releases.map((id) => cue(id, 'safety', clock.now())),
      ports,
      allOff,
    );
    expect(captions).toHaveLength(releases.length);
    expect(tones.played).toEqual(releases.map(() => 'stop'));
    expect(speech.utterances).toEqual([]);
    expect(haptics.pulses).toEqual([]);
  });

  it('the beep setting silences phase cues and counts only, never the Stop sound', () => {
    for (const priority of ['phase', 'countdown'] as const) {
      expect(soundsTone(priority, { beeps: false })).toBe(false);
      expect(soundsTone(priority, { beeps: true })).toBe(true);
    }
    expect(soundsTone('safety', { beeps: false })).toBe(true);
  });

  it('captions a late countdown number but neither says, beeps nor vibrates it', () => {
    const { clock, speech, tones, haptics, captions, ports } = setUp();
    const due = clock.now() - COUNTDOWN_LATE_TOLERANCE_MS - 1;
    runEffects([cue('count2', 'countdown', due)], ports, ALL_ON);
    expect(captions.map((c) => c.text)).toEqual(['Two']);
    expect(speech.utterances).toEqual([]);
    expect(tones.played).toEqual([]);
    expect(haptics.pulses).toEqual([]);
  });

  it('carries out the cues before the wake lock and the save, whatever their order in the step', () => {
    const order: string[] = [];
    const { clock, wakeLock, ports } = setUp({
      caption: (caption) => order.push(`caption ${caption.cue}`),
      persist: () => {
        order.push('persist');
      },
    });
    const acquire = wakeLock.acquire.bind(wakeLock);
    wakeLock.acquire = () => {
      order.push('wake lock');
      return acquire();
    };
    runEffects(
      [{ type: 'wakeLock', on: true }, cue('getReady', 'phase', clock.now()), { type: 'persist' }],
      ports,
      ALL_ON,
    );
    expect(order).toEqual(['caption getReady', 'wake lock', 'persist']);
  });

  it('keeps the screen awake from session start to end', () => {
    const { wakeLock, ports } = setUp();
    runEffects([{ type: 'wakeLock', on: true }], ports, ALL_ON);
    expect(wakeLock.isHeld()).toBe(true);
    runEffects([{ type: 'wakeLock', on: false }], ports, ALL_ON);
    expect(wakeLock.isHeld()).toBe(false);
  });

  it('saves on persist, and reports a failed save instead of swallowing it', async () => {
    const failure = new Error('QuotaExceededError');
    const { clock, captions, errors, ports } = setUp({ persist: () => Promise.reject(failure) });
    runEffects([{ type: 'persist' }, cue('holdStart', 'phase', clock.now())], ports, ALL_ON);
    // The cue after the failing save still reached the screen.
    expect(captions).toHaveLength(1);
    await vi.waitFor(() => expect(errors).toEqual([failure]));
  });

  it('still captions, speaks and vibrates a Stop when the beep fails', () => {
    const broken = new FakeTones();
    broken.stop = () => {
      throw new Error('audio device lost');
    };
    const { clock, speech, haptics, captions, errors, ports } = setUp({ tones: broken });
    runEffects([cue('stopRelease', 'safety', clock.now())], ports, ALL_ON);
    expect(captions).toHaveLength(1);
    expect(speech.speaking()?.text).toBe('Stop — release slowly');
    expect(haptics.pulses).toHaveLength(1);
    expect(errors).toHaveLength(1);
  });
});

describe('phaseSpokenFor', () => {
  it("names the phase the session is in after each step by the step's last cue but a number (500 random sessions)", () => {
    fc.assert(
      fc.property(sessionScript, (script) => {
        for (const entry of play(script).trace) {
          const spoken = entry.effects.filter(
            (effect) => effect.type === 'cue' && effect.priority !== 'countdown',
          );
          const last = spoken[spoken.length - 1];
          if (last?.type !== 'cue') continue;
          const phase = entry.phase;
          // Stop pressed after a stop is answered with the stop's own safety cue; the question stays.
          const asking = phase === 'stopCheck' || phase === 'stopChoice';
          if (asking && last.cue === 'stopRelease' && entry.event === 'STOP') continue;
          // Advice for the next pull is said in the rest and heard through the next get-ready.
          const expected = last.cue.startsWith('nextPull') ? 'getReady' : phase;
          if (expected !== phase) expect(['rest', 'getReady']).toContain(phase);
          expect(phaseSpokenFor(last)?.name, `${last.cue} after ${entry.event}`).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('scheduler and effects together', () => {
  function startSession(ports: EffectPorts, clock: FakeClock) {
    const scheduler = createSessionScheduler({
      snapshot: createSession(defaultPlan(), true),
      clock,
      timer: clock,
      visibility: new FakeVisibility(true),
      onStep: (_snapshot, effects) => runEffects(effects, ports, ALL_ON),
    });
    scheduler.start('2026-03-01T09:00:00.000Z');
    return scheduler;
  }

  /** A slow voice: about 65 ms a character. */
  const slowVoice = (text: string) => text.length * 65;

  it('says "Hold here" the moment the receiver confirms, cutting off the ramp prompt', () => {
    const { clock, speech, ports } = setUp({}, slowVoice);
    const scheduler = startSession(ports, clock);
    // Get ready 5 s, then the prompt 10 s into the ramp.
    clock.advance(15_000);
    expect(speech.speaking()?.text).toBe(WORDS.rampPrompt);
    clock.advance(500);

    scheduler.send({ type: 'CONFIRM' });

    expect(speech.speaking()?.text).toBe(WORDS.holdStart);
    expect(speech.speaking()?.startedAt).toBe(clock.now());
    expect(speech.utterances.find((u) => u.text === WORDS.rampPrompt)?.outcome).toBe('interrupted');
  });

  it('says "Release slowly" when the hold ends, cutting off an ease-off cue', () => {
    const { clock, speech, ports } = setUp({}, slowVoice);
    const scheduler = startSession(ports, clock);
    clock.advance(6000);
    scheduler.send({ type: 'CONFIRM' });
    // Ease off half a second before the 10 s hold ends; its words take over two seconds.
    clock.advance(9500);
    scheduler.send({ type: 'EASE_OFF' });
    expect(speech.speaking()?.text).toBe(WORDS.easeOff);

    clock.advance(500);

    expect(speech.speaking()?.text).toBe(WORDS.releaseStart);
    expect(speech.speaking()?.startedAt).toBe(clock.now());
    expect(speech.utterances.find((u) => u.text === WORDS.easeOff)?.outcome).toBe('interrupted');
  });

  it('lets the advice for the next pull finish before "Get ready", rather than cutting it off', () => {
    const { clock, speech, ports } = setUp({}, slowVoice);
    const scheduler = startSession(ports, clock);
    clock.advance(6000);
    scheduler.send({ type: 'CONFIRM' });
    // Hold 10 s and release 5 s: the rest runs from 21 s to 41 s; rated half a second before.
    clock.advance(34_500);
    scheduler.send({ type: 'RATE', rating: 'justRight', discomfort: [] });
    expect(speech.speaking()?.text).toBe(WORDS.nextPullLonger);

    clock.advance(500);

    expect(speech.speaking()?.text).toBe(WORDS.nextPullLonger);
    clock.advance(5000);
    const advice = speech.utterances.find((u) => u.text === WORDS.nextPullLonger);
    const getReady = speech.utterances.filter((u) => u.text === 'getReady').at(-1);
    expect(advice?.outcome).toBe('spoken');
    expect(getReady?.startedAt).toBe(advice?.endedAt);
  });

  it('cuts into a spoken countdown with "Stop — release slowly" the moment Stop is pressed', () => {
    const { clock, speech, ports } = setUp();
    const scheduler = startSession(ports, clock);
    clock.advance(5000);
    scheduler.send({ type: 'CONFIRM' });
    // Hold for 10 s; the countdown starts 3 s before its end.
    clock.advance(7100);
    expect(speech.speaking()?.text).toBe('Three');

    scheduler.send({ type: 'STOP' });

    expect(speech.speaking()?.text).toBe('Stop — release slowly');
    expect(speech.speaking()?.startedAt).toBe(clock.now());
    expect(speech.utterances.find((u) => u.text === 'Three')?.outcome).toBe('interrupted');
  });
});
