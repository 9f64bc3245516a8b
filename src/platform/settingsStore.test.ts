// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../domain/settings/settings';
import { createLocalSettingsStore, MemorySettingsStore, type SettingsStore } from './settingsStore';

function contract(name: string, make: () => SettingsStore) {
  describe(`${name} settings store`, () => {
    it('starts with the defaults and reads back what was saved', () => {
      const store = make();
      expect(store.load()).toEqual({ settings: defaultSettings(), problems: [] });
      const changed = { ...defaultSettings(), theme: 'dark' as const, beeps: false };
      expect(store.save(changed)).toEqual({ ok: true });
      expect(store.load().settings).toEqual(changed);
    });
  });
}

beforeEach(() => localStorage.clear());
contract('localStorage', () => createLocalSettingsStore(localStorage));
contract('memory', () => new MemorySettingsStore());

describe('localStorage settings store', () => {
  it('resets damaged settings and says so', () => {
    localStorage.setItem('tractus.settings', '{not json');
    const { settings, problems } = createLocalSettingsStore(localStorage).load();
    expect(settings).toEqual(defaultSettings());
    expect(problems).toEqual(['Saved settings were damaged and have been reset.']);
  });

  it('reports a full device instead of failing silently', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(createLocalSettingsStore(full).save(defaultSettings())).toEqual({
      ok: false,
      message: 'The device storage is full: settings were not saved.',
    });
  });
});
