// The screening generator must keep meeting every outcome the H1 property guards: measured shares
// over a fixed sample, so a change that starves the property of a class fails here, not silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectedGate,
  type GateReason,
  SCREENING_CLASSES,
  screeningCase,
  screeningInput,
} from './arbitraries';
import { screeningVerdict } from './verdict';

const SAMPLE = { numRuns: 1000, seed: 20261127 };

describe('how often generated screenings meet each outcome (1,000)', () => {
  const cases = fc.sample(screeningCase, SAMPLE);
  const share = (match: (c: (typeof cases)[number]) => boolean) =>
    cases.filter(match).length / cases.length;

  it('every class is built in a good share of cases', () => {
    for (const intended of SCREENING_CLASSES) {
      expect
        .soft(
          share((c) => c.intended === intended),
          intended,
        )
        .toBeGreaterThanOrEqual(0.08);
    }
  });

  // Minimums sit a little under what the fixed sample measures, so only a real loss fails.
  const MINIMUMS: Record<GateReason, number> = {
    'urgent today': 0.08,
    urgent: 0.08,
    avoid: 0.08,
    unanswered: 0.08,
    'surgery date unusable': 0.08,
    'urgent earlier, agreed today': 0.03,
    'urgent earlier, not agreed since': 0.02,
    'ask first, confirmed': 0.08,
    'ask first, not confirmed': 0.08,
    clear: 0.08,
  };

  it('every reason to start or not is met, as the question table decides it', () => {
    for (const [reason, minimum] of Object.entries(MINIMUMS)) {
      expect
        .soft(
          share((c) => expectedGate(c).reason === reason),
          reason,
        )
        .toBeGreaterThanOrEqual(minimum);
    }
  });

  it('each class mostly comes out as built', () => {
    const AS_BUILT: Record<(typeof SCREENING_CLASSES)[number], readonly GateReason[]> = {
      clear: ['clear'],
      askFirstConfirmed: ['ask first, confirmed'],
      askFirstUnconfirmed: ['ask first, not confirmed'],
      avoid: ['avoid'],
      urgent: ['urgent'],
      urgentEarlierDay: [
        'urgent earlier, agreed today',
        'urgent earlier, not agreed since',
        'ask first, confirmed',
        'ask first, not confirmed',
        'clear',
      ],
      urgentToday: ['urgent today'],
      surgeryDateUnusable: ['surgery date unusable'],
      unanswered: ['unanswered'],
    };
    for (const c of cases) {
      expect(AS_BUILT[c.intended], c.intended).toContain(expectedGate(c).reason);
    }
  });

  it('about as many may start as may not, so both sides of the gate are checked', () => {
    const starts = share((c) => screeningVerdict(screeningInput(c)).mayStart);
    expect(starts).toBeGreaterThanOrEqual(0.2);
    expect(starts).toBeLessThanOrEqual(0.6);
  });
});
