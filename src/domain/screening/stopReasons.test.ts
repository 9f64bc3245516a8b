// After a stop, the reason decides whether the session may go on (SAFETY.md section 2).
import { describe, expect, it } from 'vitest';
import {
  isStopReason,
  STOP_REASON_TEXT_EN,
  STOP_REASONS,
  type StopReason,
  type StopReasonOutcome,
  sessionMayContinue,
  stopReasonOutcome,
} from './stopReasons';

const EXPECTED: [StopReason, StopReasonOutcome, boolean][] = [
  ['finished', 'mayContinue', true],
  ['wantedToStop', 'mayContinue', true],
  ['slipped', 'mayContinue', true],
  ['discomfort', 'continueGentler', true],
  ['sharpPain', 'redFlag', false],
  ['numbness', 'redFlag', false],
  ['dizziness', 'redFlag', false],
  ['urgentSign', 'urgent', false],
];

describe('stop reasons', () => {
  it('lists the reasons in the order they are offered, the most serious first', () => {
    expect(STOP_REASONS).toEqual([
      'urgentSign',
      'sharpPain',
      'numbness',
      'dizziness',
      'discomfort',
      'slipped',
      'wantedToStop',
      'finished',
    ]);
    expect(EXPECTED.map(([reason]) => reason).sort()).toEqual([...STOP_REASONS].sort());
  });

  it.each(EXPECTED)('%s → %s', (reason, outcome, mayContinue) => {
    expect(stopReasonOutcome(reason)).toBe(outcome);
    expect(sessionMayContinue(reason)).toBe(mayContinue);
    expect(STOP_REASON_TEXT_EN[reason].length).toBeGreaterThan(3);
  });

  it('an unknown reason (damaged record) is treated as a red flag', () => {
    const unknown = 'somethingElse' as StopReason;
    expect(isStopReason(unknown)).toBe(false);
    expect(stopReasonOutcome(unknown)).toBe('redFlag');
    expect(sessionMayContinue(unknown)).toBe(false);
  });
});
