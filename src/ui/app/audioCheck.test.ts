import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../domain/settings/settings';
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
    expect(await check).toEqual({ voiceFailed: false });
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
    expect(await check).toEqual({ voiceFailed: false });
  });

  it('says the voice failed when speech fails, after the beep still sounded', async () => {
    const clock = new FakeClock();
    const speech = new FakeSpeech({ clock, failWith: 'synthesis-failed' });
    const tones = new FakeTones();
    const check = runAudioCheck(services(speech, clock, tones), defaultSettings(), i18n);
    clock.advance(100);
    expect(await check).toEqual({ voiceFailed: true });
    expect(tones.played).toContain('phase');
  });

  it('says the voice failed when nothing is spoken in time', async () => {
    const clock = new FakeClock();
    const speech = new FakeSpeech({ clock, utteranceMs: 60_000 });
    const check = runAudioCheck(services(speech, clock, new FakeTones()), defaultSettings(), i18n);
    await Promise.resolve();
    await Promise.resolve();
    clock.advance(15_000);
    expect(await check).toEqual({ voiceFailed: true });
  });
});
