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
      speechRate: 9,
    };
    const result = parseSettings(stored);
    expect(result.ok).toBe(false);
    expect(result.settings.theme).toBe('system');
    expect(result.settings.beeps).toBe(false);
    expect(result.settings.speechRate).toBe(defaultSettings().speechRate);
    if (!result.ok) {
      expect(result.reset).toEqual(['speechRate', 'theme']);
    }
  });

  it('drops a plan kept by earlier versions: the plan lives in the profile alone', () => {
    const stored = { ...defaultSettings(), plan: { holdSeconds: 12 } };
    const result = parseSettings(stored);
    expect(result).toEqual({ ok: true, settings: defaultSettings() });
    expect(result.settings).not.toHaveProperty('plan');
  });

  it('falls back to the defaults for garbage', () => {
    expect(parseSettings('{').settings).toEqual(defaultSettings());
    expect(parseSettings(null).settings).toEqual(defaultSettings());
  });
});
