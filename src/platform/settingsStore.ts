// Settings on the device (localStorage, read once at start so the theme never flashes).
import { defaultSettings, type Settings } from '../domain/settings/settings';
import type { SettingsParseResult } from '../domain/settings/settingsSchema';

export interface SettingsStore {
  /** The settings read when the store was opened, and what was wrong with them. */
  load(): { settings: Settings; problems: string[] };
  /** Refused, with why, while what is stored could not be read: it is never overwritten unread. */
  save(settings: Settings): { ok: true } | { ok: false; message: string };
}

export type ParseSettings = (input: unknown) => SettingsParseResult;

const KEY = 'tractus.settings';
const READ_PROBLEM = 'Settings could not be read on this device.';
const KEPT_UNSAVED_PROBLEM =
  'Settings could not be read on this device, so changes last only until Tractus closes; ' +
  'your saved settings are left as they were.';
const DAMAGED_PROBLEM = 'Saved settings were damaged and have been reset.';
const RESET_PROBLEM =
  'Some saved settings could not be read and are back to their defaults. Check them in Settings.';

const loadSchema = (): Promise<ParseSettings> =>
  import('../domain/settings/settingsSchema').then((schema) => schema.parseSettings);

type Stored = { raw: string | null } | { problem: string };

function readStored(storage: Storage | undefined): Stored {
  if (!storage) return { raw: null };
  try {
    return { raw: storage.getItem(KEY) };
  } catch {
    return { problem: READ_PROBLEM };
  }
}

interface StoredRead {
  settings: Settings;
  problems: string[];
  /** What is stored differs from what was read (repaired, or a field no longer kept). */
  rewrite: boolean;
}

function parseStored(raw: string, parse: ParseSettings): StoredRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { settings: defaultSettings(), problems: [DAMAGED_PROBLEM], rewrite: true };
  }
  const result = parse(parsed);
  return {
    settings: result.settings,
    problems: result.ok ? [] : [RESET_PROBLEM],
    rewrite: JSON.stringify(result.settings) !== JSON.stringify(parsed),
  };
}

/**
 * Writes what was read back at once: a repair is then not reported again at the next start, and
 * what earlier versions kept here (the plan, which now lives in the profile alone) is gone.
 */
function keepRepaired(storage: Storage, settings: Settings): void {
  try {
    storage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Not fatal: the repaired settings are in use, and the next save tries again.
  }
}

/**
 * Reads the stored settings once. The schema code loads only when something is stored to check:
 * a first visit has nothing, and its first screen waits for no more code.
 */
export async function openLocalSettingsStore(
  storage: Storage | undefined = globalThis.localStorage,
  loadParser: () => Promise<ParseSettings> = loadSchema,
): Promise<SettingsStore> {
  const stored = readStored(storage);
  let loaded: ReturnType<SettingsStore['load']> = { settings: defaultSettings(), problems: [] };
  // Until what is stored has been read, writing would replace it with defaults plus one change.
  let unread = false;
  if ('problem' in stored) {
    loaded.problems = [stored.problem];
    unread = true;
  } else if (stored.raw !== null) {
    const raw = stored.raw;
    loaded = await loadParser().then(
      (parse) => {
        const { rewrite, ...read } = parseStored(raw, parse);
        // Any problem the check found, it also repaired.
        if (storage && rewrite) keepRepaired(storage, read.settings);
        return read;
      },
      // The check's code could not load (offline mid-update): start from the defaults.
      () => {
        unread = true;
        return { settings: defaultSettings(), problems: [READ_PROBLEM] };
      },
    );
  }
  return {
    load: () => structuredClone(loaded),
    save(settings) {
      if (!storage) return { ok: false, message: 'Settings cannot be saved on this device.' };
      // The stored settings are left whole for the next start to read; the app keeps the change.
      if (unread) return { ok: false, message: KEPT_UNSAVED_PROBLEM };
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
