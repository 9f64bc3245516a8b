// The user's settings, with the schema that guards them when read back from the device.
import * as z from 'zod/mini';
import { defaultPlan, type Plan } from '../plan/plan';
import { planSchema } from '../plan/planSchema';

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
  plan: Plan;
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
    plan: defaultPlan(),
  };
}

export const settingsSchema = z.object({
  language: z.nullable(z.enum(LANGUAGES)),
  voiceOn: z.boolean(),
  voiceId: z.nullable(z.string().check(z.maxLength(500))),
  speechRate: z.number().check(z.gte(SPEECH_RATE.min), z.lte(SPEECH_RATE.max)),
  beeps: z.boolean(),
  vibration: z.boolean(),
  keepScreenAwake: z.boolean(),
  textSize: z.enum(TEXT_SIZES),
  theme: z.enum(THEMES),
  plan: planSchema,
});

export type SettingsParseResult =
  | { ok: true; settings: Settings }
  | { ok: false; settings: Settings; errors: string[] };

/**
 * Reads stored settings. Each valid field is kept and each invalid one falls back to its default,
 * so one bad value never throws away the rest.
 */
export function parseSettings(input: unknown): SettingsParseResult {
  const whole = settingsSchema.safeParse(input);
  if (whole.success) return { ok: true, settings: whole.data };
  const defaults = defaultSettings();
  const source =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const settings = { ...defaults } as Record<keyof Settings, unknown>;
  const errors: string[] = [];
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(source[key]);
    if (field.success) settings[key] = field.data;
    else errors.push(`${key} was not valid and has been reset`);
  }
  return { ok: false, settings: settings as unknown as Settings, errors };
}
