import { describe, expect, it } from 'vitest';
import { defaultSettings } from './settings';
import { parseSettings } from './settingsSchema';

describe('settings', () => {
  it('reads back valid settings unchanged', () => {
    const s = { ...defaultSettings(), theme: 'dark' as const, language: 'de' as const };
    expect(parseSettings(s)).toEqual({ ok: true, settings: s });
  });

  it('keeps the valid fields and resets only the broken ones, saying which', () => {
    const stored = {
      ...defaultSettings(),
      theme: 'neon',
      beeps: false,
      plan: { holdSeconds: 300 },
    };
    const result = parseSettings(stored);
    expect(result.ok).toBe(false);
    expect(result.settings.theme).toBe('system');
    expect(result.settings.beeps).toBe(false);
    expect(result.settings.plan).toEqual(defaultSettings().plan);
    if (!result.ok) {
      expect(result.reset).toEqual(['theme', 'plan']);
    }
  });

  it('falls back to the defaults for garbage', () => {
    expect(parseSettings('{').settings).toEqual(defaultSettings());
    expect(parseSettings(null).settings).toEqual(defaultSettings());
  });
});
