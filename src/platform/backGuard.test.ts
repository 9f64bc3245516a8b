// @vitest-environment jsdom
// The Back guards: laid up to their number, one after a Back with no tap, and stepped off at the end.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  GUARDS,
  guardDepth,
  isOwnPop,
  layGuards,
  layOneGuard,
  leaveGuards,
  watchOwnPops,
} from './backGuard';

/** The browser going back `steps` entries, and the popstate that tells the page. */
function popAfter(go: () => void): Promise<PopStateEvent> {
  const popped = new Promise<PopStateEvent>((resolve) =>
    window.addEventListener('popstate', resolve, { once: true }),
  );
  go();
  return popped;
}

beforeEach(async () => {
  // Each test starts off the guards an earlier one laid.
  if (guardDepth() > 0) await popAfter(leaveGuards);
});

describe('Back guards', () => {
  it('lays guards up to their number, and only the ones missing', () => {
    const before = window.history.length;
    layGuards();
    expect(guardDepth()).toBe(GUARDS);
    expect(window.history.length).toBe(before + GUARDS);
    layGuards();
    expect(window.history.length).toBe(before + GUARDS);
  });

  it('each Back takes one guard away, and a tap lays them again', async () => {
    layGuards();
    await popAfter(() => window.history.back());
    expect(guardDepth()).toBe(GUARDS - 1);
    layGuards();
    expect(guardDepth()).toBe(GUARDS);
  });

  it('after the last guard, one is laid again, but only there', async () => {
    layGuards();
    for (let i = 0; i < GUARDS; i++) await popAfter(() => window.history.back());
    expect(guardDepth()).toBe(0);
    layOneGuard();
    expect(guardDepth()).toBe(1);
    layOneGuard();
    expect(guardDepth()).toBe(1);
  });

  it('steps off every guard at once, and knows that pop for its own', async () => {
    watchOwnPops();
    layGuards();
    const own = await popAfter(leaveGuards);
    expect(guardDepth()).toBe(0);
    expect(isOwnPop(own)).toBe(true);
    layGuards();
    const users = await popAfter(() => window.history.back());
    expect(isOwnPop(users)).toBe(false);
  });

  it('does nothing when there is no guard to leave', () => {
    const before = window.history.length;
    leaveGuards();
    expect(guardDepth()).toBe(0);
    expect(window.history.length).toBe(before);
  });
});
