// The schema that guards stored settings, apart from settings.ts so a first visit never loads zod.
import * as z from 'zod/mini';
import {
  defaultSettings,
  LANGUAGES,
  type Settings,
  SPEECH_RATE,
  TEXT_SIZES,
  THEMES,
} from './settings';

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
});

export type SettingsParseResult =
  | { ok: true; settings: Settings }
  /** `reset`: the fields that were not valid and are back to their defaults. */
  | { ok: false; settings: Settings; reset: (keyof Settings)[] };

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
  const reset: (keyof Settings)[] = [];
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(source[key]);
    if (field.success) settings[key] = field.data;
    else reset.push(key);
  }
  return { ok: false, settings: settings as unknown as Settings, reset };
}
