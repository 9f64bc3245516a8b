// Settings on the device (localStorage, read synchronously at start so the theme never flashes).
import { defaultSettings, parseSettings, type Settings } from '../domain/settings/settings';

export interface SettingsStore {
  load(): { settings: Settings; problems: string[] };
  save(settings: Settings): { ok: true } | { ok: false; message: string };
}

const KEY = 'tractus.settings';

export function createLocalSettingsStore(
  storage: Storage | undefined = globalThis.localStorage,
): SettingsStore {
  return {
    load() {
      if (!storage) return { settings: defaultSettings(), problems: [] };
      let raw: string | null;
      try {
        raw = storage.getItem(KEY);
      } catch {
        return {
          settings: defaultSettings(),
          problems: ['Settings could not be read on this device.'],
        };
      }
      if (raw === null) return { settings: defaultSettings(), problems: [] };
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return {
          settings: defaultSettings(),
          problems: ['Saved settings were damaged and have been reset.'],
        };
      }
      const result = parseSettings(parsed);
      return { settings: result.settings, problems: result.ok ? [] : result.errors };
    },
    save(settings) {
      if (!storage) return { ok: false, message: 'Settings cannot be saved on this device.' };
      try {
        storage.setItem(KEY, JSON.stringify(settings));
        return { ok: true };
      } catch (error) {
        const message =
          error instanceof DOMException && error.name === 'QuotaExceededError'
            ? 'The device storage is full: settings were not saved.'
            : 'Settings could not be saved on this device.';
        return { ok: false, message };
      }
    },
  };
}

export class MemorySettingsStore implements SettingsStore {
  private settings: Settings = defaultSettings();
  load() {
    return { settings: structuredClone(this.settings), problems: [] };
  }
  save(settings: Settings) {
    this.settings = structuredClone(settings);
    return { ok: true as const };
  }
}
