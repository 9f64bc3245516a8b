// @vitest-environment jsdom
// Reopened mid-session: "release slowly now" is said, beeped and shown; the words on screen stay
// the signal that always works, whatever the browser does with sound.
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleRecord } from '../../domain/record/arbitraries';
import { defaultSettings, type Settings } from '../../domain/settings/settings';
import { FakeClock } from '../../platform/clock';
import { createCueQueue } from '../../platform/cueQueue';
import { HAPTIC_PATTERNS } from '../../platform/effects';
import { FakeHaptics } from '../../platform/haptics';
import { MemorySettingsStore } from '../../platform/settingsStore';
import { FakeSpeech } from '../../platform/speech';
import { MemorySessionStore } from '../../platform/storage';
import { FakeTones } from '../../platform/tones';
import { FakeVisibility } from '../../platform/visibility';
import { FakeWakeLock } from '../../platform/wakeLock';
import { type Services, ServicesContext } from '../app/services';
import { app as deApp } from '../i18n/de/app';
import { cues as deCues } from '../i18n/de/cues';
import { en } from '../i18n/en';
import { app as esApp } from '../i18n/es/app';
import { cues as esCues } from '../i18n/es/cues';
import { createTranslator, I18nContext, type Locale, loadAreas } from '../i18n/translate';
import { Recovery } from './Recovery';

afterEach(cleanup);

beforeAll(() => loadAreas('es', ['boot']));

function services() {
  const clock = new FakeClock(0);
  // Each utterance takes 0.6 s, so a number due a second later finds the voice free.
  const speech = new FakeSpeech({ clock, utteranceMs: 600 });
  const tones = new FakeTones();
  const haptics = new FakeHaptics();
  const all: Services = {
    clock,
    timer: clock,
    visibility: new FakeVisibility(true),
    speech,
    cueQueue: createCueQueue(speech, clock),
    tones,
    haptics,
    wakeLock: new FakeWakeLock(),
    settingsStore: new MemorySettingsStore(),
    readAtStartup: () => Promise.resolve({ profile: undefined, active: undefined }),
    openStore: () => Promise.resolve({ store: new MemorySessionStore(), warning: null }),
    wallNow: () => new Date('2026-11-20T09:00:00.000Z'),
    newId: () => 'session-1',
  };
  return { all, speech, tones, haptics, clock };
}

const active = { snapshot: {}, record: exampleRecord('s1', '2026-11-20T09:00:00.000Z') };

function renderRecovery(
  all: Services,
  locale: Locale = 'en',
  settings = defaultSettings(),
  interrupted = active,
) {
  render(
    <ServicesContext.Provider value={all}>
      <I18nContext.Provider value={{ locale, t: createTranslator(locale) }}>
        <Recovery active={interrupted} store={null} settings={settings} onDone={vi.fn()} />
      </I18nContext.Provider>
    </ServicesContext.Provider>,
  );
}

describe('Recovery: the release cue', () => {
  it('says "release slowly now" as a safety cue, beeps, vibrates, and shows it', () => {
    const { all, speech, tones, haptics } = services();
    renderRecovery(all);
    expect(speech.utterances.map((u) => [u.text, u.options.lang, u.options.priority])).toEqual([
      [en['cue.recoveryRelease'], 'en', 'safety'],
    ]);
    expect(tones.played).toEqual(['stop']);
    expect(haptics.pulses).toEqual([HAPTIC_PATTERNS.safety]);
    expect(screen.getByRole('alert').textContent).toBe(en['recovery.releaseNow']);
  });

  it('says it in the chosen language, with the chosen voice', () => {
    const { all, speech } = services();
    const settings: Settings = { ...defaultSettings(), voiceId: 'es-voice', speechRate: 0.9 };
    renderRecovery(all, 'es', settings);
    expect(speech.utterances.map((u) => [u.text, u.options.lang])).toEqual([
      [esCues['cue.recoveryRelease'], 'es'],
    ]);
    expect(speech.settings).toEqual({ voiceId: 'es-voice', rate: 0.9 });
  });

  it('keeps to the settings: no voice or vibration when off, yet the Stop sound still plays', () => {
    const { all, speech, tones, haptics } = services();
    renderRecovery(all, 'en', {
      ...defaultSettings(),
      voiceOn: false,
      beeps: false,
      vibration: false,
    });
    expect(speech.utterances).toEqual([]);
    // A release is a safety cue: with voice and beeps off it is the only sound the partner hears.
    expect(tones.played).toEqual(['stop']);
    expect(haptics.pulses).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe(en['recovery.releaseNow']);
  });

  it('shows the words even when the browser refuses speech and sound before a tap', () => {
    const { all, speech, tones } = services();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(speech, 'speak').mockImplementation(() => {
      throw new DOMException('not allowed', 'NotAllowedError');
    });
    vi.spyOn(tones, 'stop').mockImplementation(() => {
      throw new DOMException('not allowed', 'NotAllowedError');
    });
    expect(() => renderRecovery(all)).not.toThrow();
    expect(screen.getByRole('alert').textContent).toBe(en['recovery.releaseNow']);
    expect(warn).toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('counts the release out: a number each second, shown and sounded, gone when it is over', () => {
    const { all, speech, tones, haptics, clock } = services();
    renderRecovery(all);
    const count = () => document.querySelector('.recovery__count')?.textContent ?? null;
    // The interrupted plan's release is 5 s.
    expect(count()).toBe('5');
    const shown: (string | null)[] = [];
    for (let second = 1; second <= 5; second++) {
      act(() => clock.advance(1000));
      shown.push(count());
    }
    expect(shown).toEqual(['4', '3', '2', '1', null]);
    expect(tones.played).toEqual(['stop', 'countdown', 'countdown', 'countdown', 'countdown']);
    expect(haptics.pulses.slice(1)).toEqual(Array(4).fill(HAPTIC_PATTERNS.countdown));
    // Each number is spoken as it is shown (a late one would be left out, as in a session).
    const numbers = speech.utterances.filter((u) => u.options.priority === 'countdown');
    expect(numbers.map((u) => u.text)).toEqual(['4', '3', '2', '1']);
    expect(numbers.every((u) => u.options.lang === 'en')).toBe(true);
  });

  it("counts over the interrupted plan's own release time, not the default plan's", () => {
    const { all, speech, clock } = services();
    // 8 s, where the default plan (and the example record) release over 5 s.
    const record = exampleRecord('s8', '2026-11-20T09:00:00.000Z');
    const slower = {
      ...active,
      record: { ...record, plan: { ...record.plan, releaseSeconds: 8 } },
    };
    renderRecovery(all, 'en', defaultSettings(), slower);
    const count = () => document.querySelector('.recovery__count')?.textContent ?? null;
    const shown = [count()];
    for (let second = 1; second <= 8; second++) {
      act(() => clock.advance(1000));
      shown.push(count());
    }
    expect(shown).toEqual(['8', '7', '6', '5', '4', '3', '2', '1', null]);
    const numbers = speech.utterances.filter((u) => u.options.priority === 'countdown');
    expect(numbers.map((u) => u.text)).toEqual(['7', '6', '5', '4', '3', '2', '1']);
  });

  it('stops counting when the partner says the release is done', async () => {
    const { all, tones, clock } = services();
    renderRecovery(all);
    act(() => clock.advance(1000));
    const waiting = clock.pendingTimers();
    cleanup();
    // Preact runs an unmounted component's effect cleanups just after, not within, the unmount:
    // wait for the count's timer to be cancelled, however busy the machine.
    await vi.waitFor(() => expect(clock.pendingTimers()).toBeLessThan(waiting), { timeout: 5000 });
    act(() => clock.advance(5000));
    expect(tones.played).toEqual(['stop', 'countdown']);
  });

  it('speaks the same words in every language as the cue catalogue', () => {
    expect(en['recovery.releaseNow']).toBe(en['cue.recoveryRelease']);
    expect(esApp['recovery.releaseNow']).toBe(esCues['cue.recoveryRelease']);
    expect(deApp['recovery.releaseNow']).toBe(deCues['cue.recoveryRelease']);
  });
});
