// @vitest-environment jsdom
// Settings: plan defaults checked against PLAN_BOUNDS as typed, voices by language, every control labelled.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPlan, type Plan } from '../../../domain/plan/plan';
import { defaultSettings, type Settings as SettingsValue } from '../../../domain/settings/settings';
import type { Speech, SpeechVoice } from '../../../platform/speech';
import { descriptionOf } from '../../components/testing';
import { en } from '../../i18n/en';
import { Settings } from './Settings';

afterEach(cleanup);

const VOICES: SpeechVoice[] = [
  { id: 'net-en', name: 'Google UK English', lang: 'en-GB', local: false, isDefault: false },
  { id: 'de', name: 'Anna', lang: 'de-DE', local: true, isDefault: false },
  { id: 'local-en', name: 'Samantha', lang: 'en-US', local: true, isDefault: true },
];

function fakeSpeech(initialVoices: SpeechVoice[] = VOICES) {
  let voices = initialVoices;
  const voicesListeners = new Set<() => void>();
  return {
    speak: vi.fn(),
    cancel: vi.fn(),
    voices: () => [...voices],
    configure: vi.fn(),
    unlock: vi.fn(),
    onEvent: () => () => undefined,
    onUnavailable: () => () => undefined,
    onVoicesChanged: (listener: () => void) => {
      voicesListeners.add(listener);
      return () => voicesListeners.delete(listener);
    },
    /** The device's voices arrive, as a slow speech engine's do. */
    loadVoices(next: SpeechVoice[]) {
      voices = next;
      for (const listener of voicesListeners) listener();
    },
  } satisfies Speech & { loadVoices(next: SpeechVoice[]): void };
}

/** For the tests about other settings: the plan shown, and its changes ignored. */
const PLAN_PROPS = { plan: defaultPlan(), onPlanChange: () => undefined };

function renderSettings(settings: SettingsValue = { ...defaultSettings(), language: 'en' }) {
  const onChange = vi.fn<(next: SettingsValue) => void>();
  const onPlanChange = vi.fn<(plan: Plan) => void>();
  const plan = defaultPlan();
  const speech = fakeSpeech();
  render(
    <Settings
      settings={settings}
      onChange={onChange}
      plan={plan}
      onPlanChange={onPlanChange}
      speech={speech}
      onBack={vi.fn()}
    />,
  );
  return { onChange, onPlanChange, plan, speech, settings };
}

function typeInto(label: string, value: string): HTMLInputElement {
  const input = screen.getByRole('spinbutton', { name: label }) as HTMLInputElement;
  fireEvent.input(input, { target: { value } });
  return input;
}

describe('Settings: plan defaults', () => {
  it('a hold of 45 shows the bound beside the field and changes nothing', () => {
    const { onPlanChange } = renderSettings();
    const hold = typeInto('First hold (seconds)', '45');
    expect(descriptionOf(hold)).toContain(
      'The most allowed is 30 seconds. This setting has not been changed.',
    );
    expect(hold.getAttribute('aria-invalid')).toBe('true');
    expect(onPlanChange).not.toHaveBeenCalled();
  });

  it('takes its limits from PLAN_BOUNDS and says them up front', () => {
    renderSettings();
    const rest = screen.getByRole('spinbutton', { name: 'Rest between pulls (seconds)' });
    expect(rest.getAttribute('min')).toBe('10');
    expect(rest.getAttribute('max')).toBe('60');
    expect(descriptionOf(rest)).toBe('From 10 to 60 seconds.');
    const total = typeInto('Total session (minutes)', '4');
    expect(descriptionOf(total)).toContain('The least allowed is 5 minutes.');
  });

  it('a valid change hands on the new plan, and changes no setting', () => {
    const { onChange, onPlanChange, plan } = renderSettings();
    typeInto('Rest between pulls (seconds)', '30');
    expect(onPlanChange).toHaveBeenCalledWith({ ...plan, restSeconds: 30 });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps the first hold no longer than the longest hold', () => {
    const { onPlanChange } = renderSettings();
    const hold = typeInto('First hold (seconds)', '20');
    expect(descriptionOf(hold)).toContain(
      'The first hold cannot be longer than the longest hold (15 seconds).',
    );
    expect(onPlanChange).not.toHaveBeenCalled();
  });

  it('refuses what is not a whole number', () => {
    const { onPlanChange } = renderSettings();
    const release = typeInto('Release (seconds)', '4.5');
    expect(descriptionOf(release)).toContain('Enter a whole number of seconds.');
    expect(onPlanChange).not.toHaveBeenCalled();
  });
});

describe('Settings: voice', () => {
  it('offers the voices of the chosen language, those on the device first', () => {
    renderSettings();
    const select = screen.getByRole('combobox', { name: 'Voice' });
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'Automatic: the best voice on this device',
      'Samantha (en-US)',
      'Google UK English (en-GB, needs an internet connection)',
    ]);
  });

  it('lists voices that arrive late, whenever the device reports them', () => {
    const speech = fakeSpeech([]);
    const settings = { ...defaultSettings(), language: 'en' as const };
    render(
      <Settings
        settings={settings}
        onChange={vi.fn()}
        {...PLAN_PROPS}
        speech={speech}
        onBack={vi.fn()}
      />,
    );
    expect(screen.getByText(en['settings.voice.none'])).toBeTruthy();
    act(() => speech.loadVoices(VOICES));
    expect(screen.queryByText(en['settings.voice.none'])).toBeNull();
    expect(
      within(screen.getByRole('combobox', { name: 'Voice' })).getByRole('option', {
        name: 'Samantha (en-US)',
      }),
    ).toBeTruthy();
  });

  it('choosing another language forgets a voice that does not speak it', () => {
    const { onChange, settings } = renderSettings({
      ...defaultSettings(),
      language: 'en',
      voiceId: 'local-en',
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Deutsch' }));
    expect(onChange).toHaveBeenCalledWith({ ...settings, language: 'de', voiceId: null });
  });

  it('shows the rate and previews the voice in the chosen language', () => {
    const { speech } = renderSettings();
    const rate = screen.getByRole('slider', { name: 'Speaking rate' });
    expect(rate.getAttribute('aria-valuetext')).toBe('0.9×');
    expect(rate.getAttribute('min')).toBe('0.6');
    expect(rate.getAttribute('max')).toBe('1.4');
    fireEvent.click(screen.getByRole('button', { name: 'Preview voice' }));
    expect(speech.unlock).toHaveBeenCalled();
    expect(speech.configure).toHaveBeenCalledWith({ voiceId: null, rate: 0.9 });
    expect(speech.speak).toHaveBeenCalledWith(
      'Lean back slowly. Hold here. Release slowly.',
      expect.objectContaining({ lang: 'en' }),
    );
  });

  it('a new rate is kept within SPEECH_RATE', () => {
    const { onChange, settings } = renderSettings();
    fireEvent.input(screen.getByRole('slider', { name: 'Speaking rate' }), {
      target: { value: '1.2' },
    });
    expect(onChange).toHaveBeenCalledWith({ ...settings, speechRate: 1.2 });
  });
});

describe('Settings: the rest', () => {
  it('every choice is a labelled control, grouped in fieldsets', () => {
    const { onChange, settings } = renderSettings({ ...defaultSettings() });
    const language = screen.getByRole('group', { name: 'Language' });
    expect(within(language).getByRole('radio', { name: 'Same as this device' })).toHaveProperty(
      'checked',
      true,
    );
    for (const name of ['Language', 'Spoken cues', 'During a session', 'Text size', 'Colours']) {
      expect(screen.getByRole('group', { name })).toBeTruthy();
    }
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...settings, theme: 'dark' });
    fireEvent.click(screen.getByRole('radio', { name: 'Larger' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...settings, textSize: 'larger' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Beep with each cue' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...settings, beeps: false });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep the screen awake' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...settings, keepScreenAwake: false });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Speak the cues aloud' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...settings, voiceOn: false });
  });

  it('says beside both sound switches, once both are off, that only Stop and release will sound', () => {
    const voice = () => screen.getByRole('checkbox', { name: en['settings.voice.on'] });
    const beeps = () => screen.getByRole('checkbox', { name: en['settings.cues.beeps'] });
    const quiet = { ...defaultSettings(), language: 'en' as const, voiceOn: false, beeps: false };
    renderSettings(quiet);
    expect(descriptionOf(voice())).toContain(en['settings.cues.silent']);
    expect(descriptionOf(beeps())).toContain(en['settings.cues.silent']);
    cleanup();
    for (const oneOn of [
      { ...quiet, voiceOn: true },
      { ...quiet, beeps: true },
    ]) {
      renderSettings(oneOn);
      expect(descriptionOf(voice())).not.toContain(en['settings.cues.silent']);
      expect(descriptionOf(beeps())).not.toContain(en['settings.cues.silent']);
      // Turning beeps off never silences Stop, and the switch says so.
      expect(descriptionOf(beeps())).toContain(en['settings.cues.beepsHint']);
      cleanup();
    }
  });

  it('shows why settings could not be saved', () => {
    render(
      <Settings
        settings={defaultSettings()}
        onChange={vi.fn()}
        {...PLAN_PROPS}
        speech={fakeSpeech()}
        onBack={vi.fn()}
        saveProblem="The device storage is full: settings were not saved."
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'The device storage is full: settings were not saved.',
    );
  });
});
