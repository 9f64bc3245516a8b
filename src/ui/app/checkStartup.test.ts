import { describe, expect, it, vi } from 'vitest';
import { exampleRecord } from '../../domain/record/arbitraries';
import { initialProfile } from '../../domain/record/profile';
import { checkStartup } from './checkStartup';
import { startupState } from './startup';

describe('checking what the app starts from', () => {
  it('a first visit has nothing to check and loads no schema code', async () => {
    const load = vi.fn(async () => startupState);
    const empty = { profile: undefined, active: undefined };
    expect(await checkStartup(empty, load)).toEqual(startupState(empty));
    expect(await checkStartup(empty, load)).toEqual({
      profile: initialProfile(),
      active: null,
      problems: [],
    });
    expect(load).not.toHaveBeenCalled();
  });

  it('a session in progress is checked and goes first, to recovery', async () => {
    const load = vi.fn(async () => startupState);
    const record = exampleRecord('s1', '2026-11-20T09:00:00.000Z');
    const start = await checkStartup(
      { profile: undefined, active: { snapshot: {}, record } },
      load,
    );
    expect(load).toHaveBeenCalledOnce();
    expect(start.active?.record).toEqual(record);
  });

  it('a damaged session in progress is still reported, with only the profile stored', async () => {
    const start = await checkStartup({ profile: { plan: 7 }, active: { record: { id: 7 } } });
    expect(start.problems).toEqual(['storage.damagedProfile', 'storage.damagedActive']);
  });
});
