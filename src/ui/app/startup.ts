// What the app starts from: the stored profile and any session in progress, checked like any
// outside input (H12). A damaged profile falls back to the defaults; it never hides a session.
import { initialProfile, type Profile } from '../../domain/record/profile';
import { profileSchema, recordSchema } from '../../domain/record/recordSchema';
import type { StartupData } from '../../platform/startupRead';
import type { ActiveSession } from '../../platform/storage';

export interface StartupState {
  profile: Profile;
  active: ActiveSession | null;
  /** Keys of app words describing what was wrong, for the storage banner. */
  problems: ('storage.damagedProfile' | 'storage.damagedActive')[];
}

export function startupState(data: StartupData): StartupState {
  const problems: StartupState['problems'] = [];
  let profile = initialProfile();
  if (data.profile !== undefined) {
    const parsed = profileSchema.safeParse(data.profile);
    if (parsed.success) profile = parsed.data;
    else problems.push('storage.damagedProfile');
  }
  let active: ActiveSession | null = null;
  if (data.active !== undefined) {
    const value = data.active as { snapshot?: unknown; record?: unknown } | null;
    const record = recordSchema.safeParse(value?.record);
    if (record.success) active = { snapshot: value?.snapshot, record: record.data };
    else problems.push('storage.damagedActive');
  }
  return { profile, active, problems };
}
