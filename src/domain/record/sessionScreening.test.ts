// A session's record says which screening it ran under, even when a short check let it start.
import { describe, expect, it } from 'vitest';
import { sessionScreening } from './sessionScreening';

describe('sessionScreening', () => {
  it('a clear check after a clear full screening is clear', () => {
    expect(
      sessionScreening(
        { outcome: 'clear' },
        { lastFullScreeningOutcome: 'clear', professionalConfirmedOn: '2026-10-01' },
      ),
    ).toEqual({ outcome: 'clear', professionalConfirmedOn: null });
  });

  it('a full screening that asked first, and was agreed, governs the sessions a short check lets through', () => {
    expect(
      sessionScreening(
        { outcome: 'clear' },
        { lastFullScreeningOutcome: 'askFirst', professionalConfirmedOn: '2026-11-10' },
      ),
    ).toEqual({ outcome: 'askFirst', professionalConfirmedOn: '2026-11-10' });
  });

  it("this check's own ask first and agreement come first", () => {
    expect(
      sessionScreening(
        { outcome: 'askFirst', professionalConfirmedOn: '2026-11-20' },
        { lastFullScreeningOutcome: 'clear', professionalConfirmedOn: '2026-01-05' },
      ),
    ).toEqual({ outcome: 'askFirst', professionalConfirmedOn: '2026-11-20' });
  });

  it('a profile from before the outcome was kept counts as clear, as sessions were recorded then', () => {
    expect(
      sessionScreening(
        { outcome: 'clear' },
        { lastFullScreeningOutcome: null, professionalConfirmedOn: '2026-11-10' },
      ),
    ).toEqual({ outcome: 'clear', professionalConfirmedOn: null });
  });
});
