// Settings: language, spoken cues, beeps, vibration, screen, text size, theme and plan defaults.
import type { Plan } from '../../../domain/plan/plan';
import {
  LANGUAGES,
  type Language,
  type Settings as SettingsValue,
  TEXT_SIZES,
  type TextSize,
  THEMES,
  type Theme,
} from '../../../domain/settings/settings';
import type { Speech } from '../../../platform/speech';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { FixedNamesMarked } from '../../components/FixedName';
import { Notice } from '../../components/Notice';
import { RadioGroup, type RadioOption } from '../../components/RadioGroup';
import { Screen } from '../../components/Screen';
import { problemInWords } from '../../i18n/problems';
import { useT } from '../../i18n/translate';
import { PlanDefaults } from './PlanDefaults';
import { SoundsHint } from './SoundsHint';
import { VoiceSettings } from './VoiceSettings';
import { effectiveLanguage, speaksLanguage } from './voices';
import './settings.css';

export interface SettingsProps {
  settings: SettingsValue;
  onChange(next: SettingsValue): void;
  /** The plan the next session starts from (the profile's, not a setting). */
  plan: Plan;
  onPlanChange(plan: Plan): void;
  speech: Speech;
  onBack(): void;
  /** Why the last change could not be kept on the device, if it could not. */
  saveProblem?: string;
  /** What was wrong with the settings read at start (some were reset), if anything. */
  loadProblem?: string;
}

type LanguageChoice = Language | 'device';

function deviceLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

export function Settings({
  settings,
  onChange,
  plan,
  onPlanChange,
  speech,
  onBack,
  saveProblem,
  loadProblem,
}: SettingsProps) {
  const t = useT();
  const language = effectiveLanguage(settings.language, deviceLanguages());

  const languageOptions: RadioOption<LanguageChoice>[] = [
    { value: 'device', label: t('settings.language.device') },
    // Each language is named in itself, and marked so it is read out in that language.
    ...LANGUAGES.map((value) => ({
      value,
      label: <span lang={value}>{t(`settings.language.${value}`)}</span>,
    })),
  ];
  const textSizeOptions: RadioOption<TextSize>[] = TEXT_SIZES.map((value) => ({
    value,
    label: t(`settings.textSize.${value}`),
  }));
  const themeOptions: RadioOption<Theme>[] = THEMES.map((value) => ({
    value,
    label: t(`settings.theme.${value}`),
  }));

  const chooseLanguage = (choice: LanguageChoice) => {
    const next = choice === 'device' ? null : choice;
    const spoken = effectiveLanguage(next, deviceLanguages());
    // A chosen voice of another language would not be used; forget it rather than show it.
    const voice = speech.voices().find((v) => v.id === settings.voiceId);
    const voiceId = voice && speaksLanguage(voice, spoken) ? settings.voiceId : null;
    onChange({ ...settings, language: next, voiceId });
  };

  return (
    <Screen
      title={t('settings.title')}
      actions={
        <Button variant="secondary" onClick={onBack}>
          {t('button.back')}
        </Button>
      }
    >
      {saveProblem !== undefined && (
        <Notice tone="warning" role="alert" title={t('settings.saveProblem')}>
          <p>{problemInWords(saveProblem, t)}</p>
        </Notice>
      )}
      {loadProblem !== undefined && (
        <Notice tone="warning" title={t('storage.settingsResetTitle')}>
          <p>{problemInWords(loadProblem, t)}</p>
        </Notice>
      )}
      <p class="muted">{t('settings.savedAsYouGo')}</p>

      <section class="section" aria-labelledby="settings-language-voice">
        <h2 id="settings-language-voice">{t('settings.languageAndVoice')}</h2>
        <RadioGroup<LanguageChoice>
          name="settings-language"
          legend={t('settings.language.legend')}
          options={languageOptions}
          value={settings.language ?? 'device'}
          onChange={chooseLanguage}
        />
        <VoiceSettings
          settings={settings}
          onChange={onChange}
          speech={speech}
          language={language}
        />
      </section>

      <section class="section" aria-labelledby="settings-cues">
        <h2 id="settings-cues">{t('settings.cues.heading')}</h2>
        <fieldset class="group">
          <legend class="group__legend">{t('settings.cues.legend')}</legend>
          <Checkbox
            label={t('settings.cues.beeps')}
            hint={<SoundsHint settings={settings} base={t('settings.cues.beepsHint')} />}
            checked={settings.beeps}
            onChange={(beeps) => onChange({ ...settings, beeps })}
          />
          <Checkbox
            label={t('settings.cues.vibration')}
            checked={settings.vibration}
            onChange={(vibration) => onChange({ ...settings, vibration })}
          />
          <Checkbox
            label={t('settings.cues.keepAwake')}
            hint={<FixedNamesMarked text={t('settings.cues.keepAwakeHint')} />}
            checked={settings.keepScreenAwake}
            onChange={(keepScreenAwake) => onChange({ ...settings, keepScreenAwake })}
          />
        </fieldset>
      </section>

      <section class="section" aria-labelledby="settings-display">
        <h2 id="settings-display">{t('settings.display.heading')}</h2>
        <RadioGroup<TextSize>
          name="settings-text-size"
          legend={t('settings.textSize.legend')}
          options={textSizeOptions}
          value={settings.textSize}
          onChange={(textSize) => onChange({ ...settings, textSize })}
        />
        <RadioGroup<Theme>
          name="settings-theme"
          legend={t('settings.theme.legend')}
          options={themeOptions}
          value={settings.theme}
          onChange={(theme) => onChange({ ...settings, theme })}
        />
      </section>

      <section class="section" aria-labelledby="settings-plan">
        <h2 id="settings-plan">{t('settings.plan.heading')}</h2>
        <PlanDefaults plan={plan} onChange={onPlanChange} />
      </section>
    </Screen>
  );
}
