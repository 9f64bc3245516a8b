import { describe, expect, it } from 'vitest';
import {
  BEHIND_CUE_MS,
  displayRefreshAt,
  lastSecondBoundary,
  nextSecondBoundary,
} from './displayClock';

const DEADLINE = 50_000;

describe('nextSecondBoundary', () => {
  it('is the moment the whole seconds left tick down', () => {
    // 3.5 s left shows 4; it shows 3 from 3 s before the deadline.
    expect(nextSecondBoundary(DEADLINE, DEADLINE - 3500)).toBe(DEADLINE - 3000);
    // Exactly on a boundary (3 shown), the next is a full second later.
    expect(nextSecondBoundary(DEADLINE, DEADLINE - 3000)).toBe(DEADLINE - 2000);
    expect(nextSecondBoundary(DEADLINE, DEADLINE - 1)).toBe(DEADLINE);
  });

  it('is null without a deadline or once it has passed', () => {
    expect(nextSecondBoundary(Number.POSITIVE_INFINITY, 0)).toBeNull();
    expect(nextSecondBoundary(DEADLINE, DEADLINE)).toBeNull();
    expect(nextSecondBoundary(DEADLINE, DEADLINE + 10)).toBeNull();
  });
});

describe('lastSecondBoundary', () => {
  it('is the moment the seconds shown last ticked down', () => {
    expect(lastSecondBoundary(DEADLINE, DEADLINE - 3500)).toBe(DEADLINE - 4000);
    expect(lastSecondBoundary(DEADLINE, DEADLINE - 3000)).toBe(DEADLINE - 3000);
    expect(lastSecondBoundary(DEADLINE, DEADLINE - 2999)).toBe(DEADLINE - 3000);
  });

  it('is now itself without a deadline, or after it', () => {
    expect(lastSecondBoundary(Number.POSITIVE_INFINITY, 1234)).toBe(1234);
    expect(lastSecondBoundary(DEADLINE, DEADLINE + 5)).toBe(DEADLINE + 5);
  });
});

describe('displayRefreshAt', () => {
  it('refreshes at the next boundary when the session sleeps past it', () => {
    expect(displayRefreshAt(DEADLINE, DEADLINE - 5500, DEADLINE - 3000)).toBe(DEADLINE - 5000);
    expect(displayRefreshAt(DEADLINE, DEADLINE - 5500, null)).toBe(DEADLINE - 5000);
  });

  it('stands back behind a cue due by then: the cue goes out first and its step re-renders', () => {
    // A countdown cue falls on the boundary itself.
    expect(displayRefreshAt(DEADLINE, DEADLINE - 3500, DEADLINE - 3000)).toBe(
      DEADLINE - 3000 + BEHIND_CUE_MS,
    );
    // The phase's own end.
    expect(displayRefreshAt(DEADLINE, DEADLINE - 400, DEADLINE)).toBe(DEADLINE + BEHIND_CUE_MS);
  });

  it('is null when nothing shown will change', () => {
    expect(displayRefreshAt(Number.POSITIVE_INFINITY, 0, null)).toBeNull();
  });
});
