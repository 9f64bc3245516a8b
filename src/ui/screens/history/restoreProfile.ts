// After a backup's sessions are in, what its profile restores on this device (see the rule in
// profileAfterImport), saved to the store.
import type { Profile } from '../../../domain/record/profile';
import type { ProfileImport, ProfileSide } from '../../../domain/record/profileImport';
import { profileAfterImport } from '../../../domain/record/profileImport';
import type { SessionStore } from '../../../platform/storage';

/** The stored profile; a damaged one counts as none, since the backup's can only be better. */
async function storedProfile(store: SessionStore): Promise<Profile | undefined> {
  try {
    return await store.getProfile();
  } catch (error) {
    if ((error as { kind?: unknown }).kind === 'damaged') return undefined;
    throw error;
  }
}

/** `deviceNewestAt`: the newest session's start on this device before the import. */
export async function restoreProfile(
  store: SessionStore,
  backup: ProfileSide,
  deviceNewestAt: string | undefined,
): Promise<ProfileImport['kind']> {
  const device = { profile: await storedProfile(store), newestSessionAt: deviceNewestAt };
  const change = profileAfterImport(device, backup);
  if (change.kind !== 'kept') await store.saveProfile(change.profile);
  return change.kind;
}
