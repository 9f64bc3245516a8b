// Why a pull was stopped (SAFETY.md section 2), and what that means for the rest of the session.

/** The most serious first: a receiver who stops reading early still meets the urgent signs. */
export const STOP_REASONS = [
  'urgentSign',
  'sharpPain',
  'numbness',
  'dizziness',
  'discomfort',
  'slipped',
  'wantedToStop',
  'finished',
] as const;

export type StopReason = (typeof STOP_REASONS)[number];

/**
 * mayContinue: continue or end; continueGentler: continue only with a gentler next pull, or end;
 * redFlag: the session ends, get professional advice first; urgent: seek urgent medical care now.
 */
export type StopReasonOutcome = 'mayContinue' | 'continueGentler' | 'redFlag' | 'urgent';

export const STOP_REASON_TEXT_EN: Record<StopReason, string> = {
  finished: 'Finished',
  wantedToStop: 'Just wanted to stop',
  discomfort: 'It was uncomfortable',
  slipped: 'The grip or belt slipped, or the partner lost balance',
  sharpPain: 'Sharp pain, or pain spreading down a leg',
  numbness: 'New numbness, tingling or weakness',
  dizziness: 'Dizziness or feeling sick',
  // Every urgent sign of SAFETY.md section 1, so no urgent sign is answered with a milder option.
  urgentSign:
    'Numbness around the genitals, buttocks or inner thighs; new trouble passing urine or ' +
    'controlling bladder or bowels; numbness or weakness in both legs, or leg weakness that is ' +
    'getting worse; new problems with sexual function together with back pain',
};

const OUTCOME: Record<StopReason, StopReasonOutcome> = {
  finished: 'mayContinue',
  wantedToStop: 'mayContinue',
  // A slip is the set-up's fault, not a warning sign from the body: re-grip and go on.
  slipped: 'mayContinue',
  discomfort: 'continueGentler',
  sharpPain: 'redFlag',
  numbness: 'redFlag',
  dizziness: 'redFlag',
  urgentSign: 'urgent',
};

export function isStopReason(value: unknown): value is StopReason {
  return typeof value === 'string' && (STOP_REASONS as readonly string[]).includes(value);
}

/** Unknown reasons (e.g. from a corrupted record) are treated as red flags, the safe side. */
export function stopReasonOutcome(reason: StopReason): StopReasonOutcome {
  return isStopReason(reason) ? OUTCOME[reason] : 'redFlag';
}

/** Whether another pull may follow in this session. */
export function sessionMayContinue(reason: StopReason): boolean {
  const outcome = stopReasonOutcome(reason);
  return outcome === 'mayContinue' || outcome === 'continueGentler';
}

/** An urgent sign among these reasons: no session for the rest of the day (SAFETY.md section 1). */
export function endsWithUrgentSign(reasons: readonly StopReason[]): boolean {
  return reasons.some((reason) => stopReasonOutcome(reason) === 'urgent');
}
