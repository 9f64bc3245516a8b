// @vitest-environment jsdom
// The Back guards: laid up to their number, one after a Back with no tap, and stepped off at the end.
import { beforeEach, describe, expect, it } from 'vitest';
import { currentEntry, onUserPop, pushEntry, returnToBase } from './appHistory';
import { GUARDS, guardDepth, layGuards, leaveGuards } from './backGuard';
import { browserMove as pressBack } from './historyTesting';

beforeEach(async () => {
  // Each test starts on the session's own entry, above the app's first.
  await returnToBase();
  pushEntry({ name: 'live' });
});

describe('Back guards', () => {
  it('lays guards up to their number, and only the ones missing', () => {
    const before = window.history.length;
    layGuards();
    expect(guardDepth()).toBe(GUARDS);
    expect(window.history.length).toBe(before + GUARDS);
    layGuards();
    expect(window.history.length).toBe(before + GUARDS);
    // Each stands for the session's screen, one entry further on.
    expect(currentEntry()).toEqual({ index: 1 + GUARDS, screen: { name: 'live' }, guard: GUARDS });
  });

  it('each Back takes one guard away, and a tap lays them again', async () => {
    layGuards();
    await pressBack();
    expect(guardDepth()).toBe(GUARDS - 1);
    layGuards();
    expect(guardDepth()).toBe(GUARDS);
  });

  it("steps off every guard at once, onto the session's own entry, unheard as a Back", async () => {
    const heard: unknown[] = [];
    const stopListening = onUserPop((pop) => heard.push(pop) > 0);
    layGuards();
    await leaveGuards();
    expect(guardDepth()).toBe(0);
    expect(currentEntry()).toEqual({ index: 1, screen: { name: 'live' }, guard: 0 });
    expect(heard).toEqual([]);
    layGuards();
    await pressBack();
    expect(heard).toHaveLength(1);
    stopListening();
  });

  it('does nothing when there is no guard to leave', async () => {
    const before = window.history.length;
    await leaveGuards();
    expect(guardDepth()).toBe(0);
    expect(window.history.length).toBe(before);
  });
});
