import { describe, expect, it } from 'vitest';
import { exampleRecord } from '../../domain/record/arbitraries';
import { initialProfile } from '../../domain/record/profile';
import { startupState } from './startup';

describe('what the app starts from', () => {
  it('a first visit: the default profile, nothing in progress', () => {
    expect(startupState({ profile: undefined, active: undefined })).toEqual({
      profile: initialProfile(),
      active: null,
      problems: [],
    });
  });

  it('a session in progress goes first, to recovery', () => {
    const record = exampleRecord('s1', '2026-11-20T09:00:00.000Z');
    const start = startupState({ profile: undefined, active: { snapshot: { x: 1 }, record } });
    expect(start.active).toEqual({ snapshot: { x: 1 }, record });
  });

  it('a damaged profile falls back to the defaults and says so, without hiding the session', () => {
    const record = exampleRecord('s1', '2026-11-20T09:00:00.000Z');
    const start = startupState({ profile: { plan: { holdSeconds: 99 } }, active: { record } });
    expect(start.profile).toEqual(initialProfile());
    expect(start.problems).toEqual(['storage.damagedProfile']);
    expect(start.active?.record).toEqual(record);
  });

  it('a damaged session in progress is reported, so recovery still says to release first', () => {
    const start = startupState({ profile: undefined, active: { record: { id: 7 } } });
    expect(start.active).toBeNull();
    expect(start.problems).toEqual(['storage.damagedActive']);
  });
});
