// What an imported backup's profile changes on this device: the whole profile, the last warning
// signs alone, or nothing.
import { type Profile, withScreeningVoidedByAvoid } from './profile';

/** A profile and the start of the newest session kept beside it (ISO), if any. */
export interface ProfileSide {
  profile: Profile | undefined;
  newestSessionAt: string | undefined;
}

export type ProfileImport =
  | { kind: 'restored'; profile: Profile }
  | { kind: 'safetyCarried'; profile: Profile }
  | { kind: 'kept' };

/** Nothing has been agreed or screened on this device yet: only the welcome may have been seen. */
function notSetUp(profile: Profile): boolean {
  return profile.stopSignal === null && profile.lastFullScreeningOn === null;
}

function isNewer(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined) return false;
  return b === undefined || Date.parse(a) > Date.parse(b);
}

/** The later of two local dates (YYYY-MM-DD sorts as text); null is none. */
function laterDay(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b !== null && b > a ? b : a;
}

/** The later of two avoid outcomes by their day; null is none. */
function laterAvoid(a: Profile['lastAvoid'], b: Profile['lastAvoid']): Profile['lastAvoid'] {
  if (a === null) return b;
  return b !== null && b.on > a.on ? b : a;
}

/**
 * The rule: a device not set up yet takes the backup's profile whole (plan, stop signal, screening
 * dates, warning signs), keeping its own urgent or avoid day if later and its own warning signs
 * too. A device set up keeps its own, the current one here, and takes only the safety facts it
 * lacks: the backup's last warning signs when it has none and the backup's sessions are the newer
 * ones (the next check asks about them), and the later urgent or avoid day. Either way an avoid
 * outcome still voids the full screening before it.
 */
export function profileAfterImport(device: ProfileSide, backup: ProfileSide): ProfileImport {
  const incoming = backup.profile;
  if (incoming === undefined) return { kind: 'kept' };
  const stored = device.profile;
  if (stored === undefined || notSetUp(stored)) {
    const welcomedOn = incoming.welcomedOn ?? stored?.welcomedOn ?? null;
    // Even a device not set up may already hold an urgent day (a first screening): never lose it.
    const lastUrgentOn = laterDay(stored?.lastUrgentOn ?? null, incoming.lastUrgentOn);
    const lastRedFlags = [...new Set([...(stored?.lastRedFlags ?? []), ...incoming.lastRedFlags])];
    const lastAvoid = laterAvoid(stored?.lastAvoid ?? null, incoming.lastAvoid);
    return {
      kind: 'restored',
      profile: withScreeningVoidedByAvoid({
        ...incoming,
        welcomedOn,
        lastUrgentOn,
        lastRedFlags,
        lastAvoid,
      }),
    };
  }
  const takeRedFlags =
    stored.lastRedFlags.length === 0 &&
    incoming.lastRedFlags.length > 0 &&
    isNewer(backup.newestSessionAt, device.newestSessionAt);
  const lastUrgentOn = laterDay(stored.lastUrgentOn, incoming.lastUrgentOn);
  const lastAvoid = laterAvoid(stored.lastAvoid, incoming.lastAvoid);
  const unchanged = lastUrgentOn === stored.lastUrgentOn && lastAvoid === stored.lastAvoid;
  if (!takeRedFlags && unchanged) return { kind: 'kept' };
  const lastRedFlags = takeRedFlags ? [...incoming.lastRedFlags] : stored.lastRedFlags;
  return {
    kind: 'safetyCarried',
    profile: withScreeningVoidedByAvoid({ ...stored, lastRedFlags, lastUrgentOn, lastAvoid }),
  };
}
