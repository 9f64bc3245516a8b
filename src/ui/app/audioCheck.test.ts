import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../domain/settings/settings';
import { FakeClock } from '../../platform/clock';
import { FakeSpeech } from '../../platform/speech';
import { FakeTones } from '../../platform/tones';
import { createTranslator } from '../i18n/translate';
import { runAudioCheck } from './audioCheck';
import type { Services } from './services';

function services(speech: FakeSpeech, clock: FakeClock, tones: FakeTones): Services {
  return { speech, clock, timer: clock, tones } as unknown as Services;
}

const i18n = { locale: 'en' as const, t: createTranslator('en') };

describe('audio check', () => {
  it('beeps, speaks the phrase, and succeeds only once it has been spoken', async () => {
    const clock = new FakeClock();
    const speech = new FakeSpeech({ clock, utteranceMs: 1500 });
    const tones = new FakeTones();
    const check = runAudioCheck(services(speech, clock, tones), defaultSettings(), i18n);
    let settled = false;
    check.then(() => {
      settled = true;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(tones.played).toContain('phase');
    expect(speech.spokenTexts().join(' ')).toContain('Tractus audio check');
    expect(settled).toBe(false);
    clock.advance(1500);
    expect(await check).toEqual({ sounded: 'beepAndVoice', voiceFailed: false });
    expect(tones.played).toEqual(['phase']);
  });

  it('speaks with the voice and rate chosen in Settings, as the session will', async () => {
    const clock = new FakeClock();
    const speech = new FakeSpeech({ clock, utteranceMs: 1500 });
    // What the voice was set to when the phrase was handed over.
    const spokenWith: unknown[] = [];
    const speak = speech.speak.bind(speech);
    speech.speak = (text, options) => {
      spokenWith.push({ ...speech.settings });
      speak(text, options);
    };
    const settings = { ...defaultSettings(), voiceId: 'local-en-2', speechRate: 0.7 };
    const check = runAudioCheck(services(speech, clock, new FakeTones()), settings, i18n);
    await Promise.resolve();
    await Promise.resolve();
    expect(spokenWith).toEqual([{ voiceId: 'local-en-2', rate: 0.7 }]);
    clock.advance(1500);
    expect(await check).toEqual({ sounded: 'beepAndVoice', voiceFailed: false });
  });

  it('says the voice failed when speech fails, after the beep still sounded', async () => {
    const clock = new FakeClock();
    const speech = new FakeSpeech({ clock, failWith: 'synthesis-failed' });
    const tones = new FakeTones();
    const check = runAudioCheck(services(speech, clock, tones), defaultSettings(), i18n);
    clock.advance(100);
    expect(await check).toEqual({ sounded: 'beep', voiceFailed: true });
    expect(tones.played).toEqual(['phase']);
  });

  it('says the voice failed when nothing is spoken in time', async () => {
    const clock = new FakeClock();
    const speech = new FakeSpeech({ clock, utteranceMs: 60_000 });
    const check = runAudioCheck(services(speech, clock, new FakeTones()), defaultSettings(), i18n);
    await Promise.resolve();
    await Promise.resolve();
    clock.advance(15_000);
    expect(await check).toEqual({ sounded: 'beep', voiceFailed: true });
  });
});

describe('audio check: what the session will sound, and nothing it will not', () => {
  async function checkWith(
    change: Partial<Settings>,
    speechOptions: { failWith?: 'synthesis-failed' } = {},
  ) {
    const clock = new FakeClock();
    const speech = new FakeSpeech({ clock, utteranceMs: 1500, ...speechOptions });
    const tones = new FakeTones();
    const check = runAudioCheck(
      services(speech, clock, tones),
      { ...defaultSettings(), ...change },
      i18n,
    );
    await Promise.resolve();
    await Promise.resolve();
    clock.advance(1500);
    return { result: await check, tones, speech };
  }

  it('with beeps off, speaks the phrase with no beep', async () => {
    const { result, tones, speech } = await checkWith({ beeps: false });
    expect(result).toEqual({ sounded: 'voice', voiceFailed: false });
    expect(tones.played).toEqual([]);
    expect(tones.unlocked).toBe(true);
    expect(speech.spokenTexts().join(' ')).toContain('Tractus audio check');
  });

  it('with the voice off, beeps and says nothing', async () => {
    const { result, tones, speech } = await checkWith({ voiceOn: false });
    expect(result).toEqual({ sounded: 'beep', voiceFailed: false });
    expect(tones.played).toEqual(['phase']);
    expect(speech.utterances).toEqual([]);
  });

  it('with both off, plays the Stop sound: the one sound such a session makes', async () => {
    const { result, tones, speech } = await checkWith({ voiceOn: false, beeps: false });
    expect(result).toEqual({ sounded: 'stop', voiceFailed: false });
    expect(tones.played).toEqual(['stop']);
    expect(speech.utterances).toEqual([]);
  });

  it('with beeps off and the voice failing, falls back to the Stop sound and says so', async () => {
    const { result, tones } = await checkWith({ beeps: false }, { failWith: 'synthesis-failed' });
    expect(result).toEqual({ sounded: 'stop', voiceFailed: true });
    expect(tones.played).toEqual(['stop']);
  });
});
