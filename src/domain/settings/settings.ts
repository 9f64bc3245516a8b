// The user's settings and their defaults; the schema that checks stored ones is in settingsSchema.ts.
// The plan is not among them: its one home is the profile, where progression adapts it.

export const LANGUAGES = ['en', 'es', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const SPEECH_RATE = { min: 0.6, max: 1.4, default: 0.9 } as const;

export interface Settings {
  /** null: follow the browser's language. */
  language: Language | null;
  voiceOn: boolean;
  /** A voice's identifier on this device; null picks a local voice of the language. */
  voiceId: string | null;
  speechRate: number;
  beeps: boolean;
  vibration: boolean;
  keepScreenAwake: boolean;
  textSize: TextSize;
  theme: Theme;
}

export function defaultSettings(): Settings {
  return {
    language: null,
    voiceOn: true,
    voiceId: null,
    speechRate: SPEECH_RATE.default,
    beeps: true,
    vibration: true,
    keepScreenAwake: true,
    textSize: 'normal',
    theme: 'system',
  };
}
