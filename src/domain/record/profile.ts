// What the app keeps about the receiver between sessions, and what a backup may carry along.
import type { Plan } from '../plan/plan';
import { defaultPlan } from '../plan/plan';
import type { QuestionId } from '../screening/questions';
import type { StopReason } from '../screening/stopReasons';
import { type CheckHistory, dayBarsSession, urgentDayNeedsCheck } from '../screening/verdict';
import type { StopSignal } from './sessionRecord';

export interface Profile {
  /** YYYY-MM-DD the welcome (what Tractus is and is not) was acknowledged; null before. */
  welcomedOn: string | null;
  /** YYYY-MM-DD of the last full screening questionnaire; null before the first. */
  lastFullScreeningOn: string | null;
  /**
   * What that full screening found: while it is valid an ask-first outcome (and its professional's
   * agreement) stays the outcome of every session a short check lets through. Null before the
   * first, and for profiles kept before this was.
   */
  lastFullScreeningOutcome: 'clear' | 'askFirst' | null;
  /** YYYY-MM-DD a health professional's agreement was recorded; null if never. */
  professionalConfirmedOn: string | null;
  /** The plan the next session starts from. */
  plan: Plan;
  /** The stop signal both people last agreed on; null before the first agreement. */
  stopSignal: StopSignal | null;
  /** The warning signs the last finished session ended with; the next check asks about them. */
  lastRedFlags: StopReason[];
  /** YYYY-MM-DD (local) of the last urgent outcome or urgent sign: no session that day. */
  lastUrgentOn: string | null;
  /** The last avoid outcome, its local day and the answers behind it: no session that day. */
  lastAvoid: { on: string; reasons: QuestionId[] } | null;
}

/** A first-run profile: nothing screened, nothing agreed, the default plan. */
export function initialProfile(): Profile {
  return {
    welcomedOn: null,
    lastFullScreeningOn: null,
    lastFullScreeningOutcome: null,
    professionalConfirmedOn: null,
    plan: defaultPlan(),
    stopSignal: null,
    lastRedFlags: [],
    lastUrgentOn: null,
    lastAvoid: null,
  };
}

/** What the profile holds that every check takes into account. */
export function checkHistoryOf(profile: Profile): CheckHistory {
  const { lastRedFlags, lastUrgentOn, professionalConfirmedOn, lastAvoid } = profile;
  return {
    lastRedFlags,
    ...(lastUrgentOn !== null ? { lastUrgentOn } : {}),
    ...(professionalConfirmedOn !== null
      ? { lastProfessionalConfirmedOn: professionalConfirmedOn }
      : {}),
    ...(lastAvoid !== null ? { lastAvoid } : {}),
  };
}

/**
 * An avoid outcome voids the full screening done before it or on its day, so the next check asks
 * every question again (a short check would not ask about the spine or bones).
 */
export function withScreeningVoidedByAvoid(profile: Profile): Profile {
  const { lastAvoid, lastFullScreeningOn } = profile;
  if (lastAvoid === null || lastFullScreeningOn === null) return profile;
  return lastAvoid.on >= lastFullScreeningOn ? { ...profile, lastFullScreeningOn: null } : profile;
}

/**
 * What Delete all leaves of a profile: only what a check still needs so that deleting is no way
 * round it — an avoid outcome that bars today, an urgent day that bars today or still awaits a
 * professional's agreement, and the last warning signs the next check asks about. Everything else
 * (plan, stop signal, screening dates, the welcome) goes. Undefined: nothing is left.
 */
export function profileAfterDeleteAll(
  profile: Profile | undefined,
  today: string,
): Profile | undefined {
  if (profile === undefined) return undefined;
  const { lastUrgentOn, lastAvoid, lastRedFlags, professionalConfirmedOn } = profile;
  const urgent =
    lastUrgentOn !== null &&
    (dayBarsSession(lastUrgentOn, today) ||
      urgentDayNeedsCheck(lastUrgentOn, professionalConfirmedOn ?? undefined, today));
  const avoid = lastAvoid !== null && dayBarsSession(lastAvoid.on, today);
  if (!urgent && !avoid && lastRedFlags.length === 0) return undefined;
  return {
    ...initialProfile(),
    lastUrgentOn: urgent ? lastUrgentOn : null,
    lastAvoid: avoid ? lastAvoid : null,
    lastRedFlags: [...lastRedFlags],
  };
}
