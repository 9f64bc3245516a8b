// What an imported backup's profile changes on this device: the whole profile, the last warning
// signs alone, or nothing.
import type { Profile } from './profile';

/** A profile and the start of the newest session kept beside it (ISO), if any. */
export interface ProfileSide {
  profile: Profile | undefined;
  newestSessionAt: string | undefined;
}

export type ProfileImport =
  | { kind: 'restored'; profile: Profile }
  | { kind: 'lastRedFlagsCarried'; profile: Profile }
  | { kind: 'kept' };

/** Nothing has been agreed or screened on this device yet: only the welcome may have been seen. */
function notSetUp(profile: Profile): boolean {
  return profile.stopSignal === null && profile.lastFullScreeningOn === null;
}

function isNewer(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined) return false;
  return b === undefined || Date.parse(a) > Date.parse(b);
}

/**
 * The rule: a device not set up yet takes the backup's profile whole (plan, stop signal, screening
 * dates, last warning signs); a device set up keeps its own, which is the current one here, and
 * takes only the backup's last warning signs, when it has none and the backup's sessions are the
 * newer ones, so the next check still asks about how the latest session ended.
 */
export function profileAfterImport(device: ProfileSide, backup: ProfileSide): ProfileImport {
  const incoming = backup.profile;
  if (incoming === undefined) return { kind: 'kept' };
  const stored = device.profile;
  if (stored === undefined || notSetUp(stored)) {
    const welcomedOn = incoming.welcomedOn ?? stored?.welcomedOn ?? null;
    return { kind: 'restored', profile: { ...incoming, welcomedOn } };
  }
  const carry =
    stored.lastRedFlags.length === 0 &&
    incoming.lastRedFlags.length > 0 &&
    isNewer(backup.newestSessionAt, device.newestSessionAt);
  if (!carry) return { kind: 'kept' };
  return {
    kind: 'lastRedFlagsCarried',
    profile: { ...stored, lastRedFlags: [...incoming.lastRedFlags] },
  };
}
