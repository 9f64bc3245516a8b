// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../domain/settings/settings';
import { parseSettings } from '../domain/settings/settingsSchema';
import { MemorySettingsStore, openLocalSettingsStore } from './settingsStore';

beforeEach(() => localStorage.clear());

const KEPT_UNSAVED =
  'Settings could not be read on this device, so changes last only until Tractus closes; ' +
  'your saved settings are left as they were.';

describe('memory settings store', () => {
  it('starts with the defaults and reads back what was saved', () => {
    const store = new MemorySettingsStore();
    expect(store.load()).toEqual({ settings: defaultSettings(), problems: [] });
    const changed = { ...defaultSettings(), theme: 'dark' as const, beeps: false };
    expect(store.save(changed)).toEqual({ ok: true });
    expect(store.load().settings).toEqual(changed);
  });
});

describe('localStorage settings store', () => {
  it('starts with the defaults and the next start reads back what was saved', async () => {
    const store = await openLocalSettingsStore(localStorage);
    expect(store.load()).toEqual({ settings: defaultSettings(), problems: [] });
    const changed = { ...defaultSettings(), theme: 'dark' as const, beeps: false };
    expect(store.save(changed)).toEqual({ ok: true });
    expect((await openLocalSettingsStore(localStorage)).load().settings).toEqual(changed);
  });

  it('a first visit, with nothing stored, loads no schema code', async () => {
    const loadParser = vi.fn(async () => parseSettings);
    const store = await openLocalSettingsStore(localStorage, loadParser);
    expect(store.load().settings).toEqual(defaultSettings());
    expect(loadParser).not.toHaveBeenCalled();
  });

  it('stored settings are checked with the schema, field by field', async () => {
    localStorage.setItem(
      'tractus.settings',
      JSON.stringify({ ...defaultSettings(), theme: 'neon' }),
    );
    const loadParser = vi.fn(async () => parseSettings);
    const { settings, problems } = (await openLocalSettingsStore(localStorage, loadParser)).load();
    expect(loadParser).toHaveBeenCalledOnce();
    expect(settings).toEqual(defaultSettings());
    expect(problems).toEqual([
      'Some saved settings could not be read and are back to their defaults. Check them in Settings.',
    ]);
  });

  it('drops the plan copy earlier versions kept here, without a word: the profile has the plan', async () => {
    const kept = { ...defaultSettings(), theme: 'dark' as const };
    localStorage.setItem(
      'tractus.settings',
      JSON.stringify({ ...kept, plan: { holdSeconds: 12 } }),
    );
    const { settings, problems } = (await openLocalSettingsStore(localStorage)).load();
    expect(settings).toEqual(kept);
    expect(problems).toEqual([]);
    expect(JSON.parse(localStorage.getItem('tractus.settings') ?? 'null')).toEqual(kept);
  });

  it('resets damaged settings and says so', async () => {
    localStorage.setItem('tractus.settings', '{not json');
    const { settings, problems } = (await openLocalSettingsStore(localStorage)).load();
    expect(settings).toEqual(defaultSettings());
    expect(problems).toEqual(['Saved settings were damaged and have been reset.']);
  });

  it('keeps what it repaired, so the next start has nothing to report', async () => {
    const kept = { ...defaultSettings(), theme: 'dark' as const, beeps: false };
    localStorage.setItem('tractus.settings', JSON.stringify({ ...kept, textSize: 'huge' }));
    const first = (await openLocalSettingsStore(localStorage)).load();
    expect(first.problems).toHaveLength(1);
    const next = (await openLocalSettingsStore(localStorage)).load();
    expect(next).toEqual({ settings: kept, problems: [] });
  });

  it('settings it could not read are left whole by a later change, which is kept unsaved, and said so', async () => {
    const stored = { ...defaultSettings(), language: 'de' as const, textSize: 'larger' as const };
    localStorage.setItem('tractus.settings', JSON.stringify(stored));
    const offline = () => Promise.reject(new Error('The schema code could not load.'));
    const store = await openLocalSettingsStore(localStorage, offline);
    expect(store.load().problems).toEqual(['Settings could not be read on this device.']);
    expect(store.save({ ...store.load().settings, theme: 'dark' })).toEqual({
      ok: false,
      message: KEPT_UNSAVED,
    });
    expect(JSON.parse(localStorage.getItem('tractus.settings') ?? 'null')).toEqual(stored);
    // The next start, with the code in reach, finds them all.
    expect((await openLocalSettingsStore(localStorage)).load()).toEqual({
      settings: stored,
      problems: [],
    });
  });

  it('a device that would not be read once is not written over either', async () => {
    const stored = JSON.stringify({ ...defaultSettings(), theme: 'dark' });
    const values = new Map([['tractus.settings', stored]]);
    let reads = 0;
    const flaky = {
      getItem: (key: string) => {
        reads += 1;
        if (reads === 1) throw new DOMException('denied', 'SecurityError');
        return values.get(key) ?? null;
      },
      setItem: (key: string, value: string) => values.set(key, value),
    } as unknown as Storage;
    const store = await openLocalSettingsStore(flaky);
    expect(store.load().problems).toEqual(['Settings could not be read on this device.']);
    expect(store.save({ ...defaultSettings(), beeps: false })).toEqual({
      ok: false,
      message: KEPT_UNSAVED,
    });
    expect(values.get('tractus.settings')).toBe(stored);
  });

  it('reports a full device instead of failing silently', async () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect((await openLocalSettingsStore(full)).save(defaultSettings())).toEqual({
      ok: false,
      message: 'The device storage is full: settings were not saved.',
    });
  });
});
