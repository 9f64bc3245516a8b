// The screening outcome a session record keeps: this session's check, and the full screening behind it.
import type { ScreeningOutcome } from '../screening/verdict';
import type { Profile } from './profile';
import type { ScreeningSummary } from './sessionRecord';

/** The check that let this session start: its outcome and, for ask first, the agreement date. */
export interface SessionCheck {
  outcome: ScreeningOutcome;
  professionalConfirmedOn?: string | undefined;
}

/**
 * A short check asks nothing of the full screening's ask-first questions, so within its 30 days an
 * ask-first full screening (and its professional's agreement) is still what the session ran under.
 */
export function sessionScreening(
  check: SessionCheck,
  profile: Pick<Profile, 'lastFullScreeningOutcome' | 'professionalConfirmedOn'>,
): ScreeningSummary {
  const askFirst = check.outcome === 'askFirst' || profile.lastFullScreeningOutcome === 'askFirst';
  if (!askFirst) return { outcome: 'clear', professionalConfirmedOn: null };
  return {
    outcome: 'askFirst',
    professionalConfirmedOn: check.professionalConfirmedOn ?? profile.professionalConfirmedOn,
  };
}
