// Spoken cues: on or off, which voice, how fast, and a preview of how it sounds.
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { type Language, type Settings, SPEECH_RATE } from '../../../domain/settings/settings';
import type { Speech, SpeechVoice } from '../../../platform/speech';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { Notice } from '../../components/Notice';
import { I18nContext } from '../../i18n/translate';
import { SoundsHint } from './SoundsHint';
import { voicesFor } from './voices';

export interface VoiceSettingsProps {
  settings: Settings;
  onChange(next: Settings): void;
  speech: Speech;
  /** The language the cues are spoken in. */
  language: Language;
}

const RATE_STEP = 0.05;
/** Browsers list their voices a moment after the page opens; look again after these delays. */
const VOICE_RECHECK_MS = [300, 1500] as const;

function useVoices(speech: Speech): { voices: SpeechVoice[]; refresh(): void } {
  const [voices, setVoices] = useState(() => speech.voices());
  // The device says when its list changes, however late; the timers cover browsers that never do.
  useEffect(() => speech.onVoicesChanged(() => setVoices(speech.voices())), [speech]);
  useEffect(() => {
    const timers = VOICE_RECHECK_MS.map((ms) => setTimeout(() => setVoices(speech.voices()), ms));
    return () => {
      for (const timer of timers) clearTimeout(timer);
    };
  }, [speech]);
  return { voices, refresh: () => setVoices(speech.voices()) };
}

export function VoiceSettings({ settings, onChange, speech, language }: VoiceSettingsProps) {
  const { locale, t } = useContext(I18nContext);
  const rateFormat = useMemo(
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }),
    [locale],
  );
  const { voices, refresh } = useVoices(speech);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => speech.onUnavailable(() => setUnavailable(true)), [speech]);

  const offered = voicesFor(voices, language);
  const selected = offered.some((v) => v.id === settings.voiceId) ? (settings.voiceId ?? '') : '';
  const rateText = t('settings.voice.rateValue', { rate: rateFormat.format(settings.speechRate) });

  const setRate = (text: string) => {
    const value = Number(text);
    if (!Number.isFinite(value)) return;
    const bounded = Math.min(SPEECH_RATE.max, Math.max(SPEECH_RATE.min, value));
    onChange({ ...settings, speechRate: Math.round(bounded * 100) / 100 });
  };

  const preview = () => {
    speech.unlock();
    speech.cancel();
    speech.configure({ voiceId: settings.voiceId, rate: settings.speechRate });
    speech.speak(t('settings.voice.previewText'), {
      lang: language,
      priority: 'phase',
      scheduledAt: performance.now(),
      id: 'settings-preview',
    });
  };

  return (
    <fieldset class="group">
      <legend class="group__legend">{t('settings.voice.legend')}</legend>
      {unavailable && <Notice tone="warning">{t('settings.voice.unavailable')}</Notice>}
      <Checkbox
        id="settings-voice-on"
        label={t('settings.voice.on')}
        hint={<SoundsHint settings={settings} base={t('settings.voice.onHint')} />}
        checked={settings.voiceOn}
        onChange={(voiceOn) => onChange({ ...settings, voiceOn })}
      />
      <div class="field">
        <label class="field__label" for="settings-voice">
          {t('settings.voice.choice')}
        </label>
        {offered.length === 0 && (
          <p id="settings-voice-none" class="hint">
            {t('settings.voice.none')}
          </p>
        )}
        <select
          id="settings-voice"
          class="field__input"
          value={selected}
          aria-describedby={offered.length === 0 ? 'settings-voice-none' : undefined}
          onFocus={refresh}
          onChange={(event) =>
            onChange({ ...settings, voiceId: event.currentTarget.value || null })
          }
        >
          <option value="">{t('settings.voice.automatic')}</option>
          {offered.map((voice) => (
            <option key={voice.id} value={voice.id}>
              {t(voice.local ? 'settings.voice.option' : 'settings.voice.optionNetwork', {
                name: voice.name,
                lang: voice.lang,
              })}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <div class="rate-label">
          <label class="field__label" for="settings-rate">
            {t('settings.voice.rate')}
          </label>
          <output for="settings-rate" class="rate-value">
            {rateText}
          </output>
        </div>
        <p id="settings-rate-hint" class="hint">
          {t('settings.voice.rateHint', {
            min: rateFormat.format(SPEECH_RATE.min),
            max: rateFormat.format(SPEECH_RATE.max),
          })}
        </p>
        <input
          id="settings-rate"
          class="rate-input"
          type="range"
          min={SPEECH_RATE.min}
          max={SPEECH_RATE.max}
          step={RATE_STEP}
          value={settings.speechRate}
          aria-valuetext={rateText}
          aria-describedby="settings-rate-hint"
          onInput={(event) => setRate(event.currentTarget.value)}
        />
      </div>
      <div>
        <Button variant="secondary" onClick={preview}>
          {t('settings.voice.preview')}
        </Button>
      </div>
    </fieldset>
  );
}
