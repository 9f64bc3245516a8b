// @vitest-environment jsdom
// The app's own history entries: numbered from the first, the user's pops told from the page's own.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  currentEntry,
  entryOf,
  moveBy,
  onUserPop,
  pushEntry,
  replaceEntry,
  returnToBase,
  type UserPop,
} from './appHistory';
import { browserMove as userMove } from './historyTesting';

let heard: UserPop[] = [];
let stopListening = () => {};
beforeEach(async () => {
  await returnToBase();
  heard = [];
  stopListening = onUserPop((pop) => {
    heard.push(pop);
    return true;
  });
});
afterEach(() => stopListening());

describe('app history', () => {
  it('numbers its entries from the one the app opened on, and keeps each screen', async () => {
    expect(currentEntry().index).toBe(0);
    pushEntry({ name: 'history' });
    pushEntry({ name: 'session', place: { id: 'a', shown: 20 } });
    expect(currentEntry()).toEqual({
      index: 2,
      screen: { name: 'session', place: { id: 'a', shown: 20 } },
      guard: 0,
    });
    await userMove(-1);
    expect(heard).toEqual([
      {
        from: { index: 2, screen: { name: 'session', place: { id: 'a', shown: 20 } }, guard: 0 },
        to: { index: 1, screen: { name: 'history' }, guard: 0 },
      },
    ]);
    expect(currentEntry().index).toBe(1);
  });

  it('a replaced entry keeps its place and says the new screen', () => {
    pushEntry({ name: 'live' });
    replaceEntry({ name: 'summary' });
    expect(currentEntry()).toEqual({ index: 1, screen: { name: 'summary' }, guard: 0 });
  });

  it("the page's own moves are not heard as the user's", async () => {
    pushEntry('one');
    pushEntry('two');
    await moveBy(-2);
    expect(currentEntry().index).toBe(0);
    await moveBy(1);
    expect(currentEntry().screen).toBe('one');
    expect(heard).toEqual([]);
    await userMove(1);
    expect(heard).toHaveLength(1);
  });

  it('an entry laid while an own move is under way goes above where the move lands', async () => {
    pushEntry('one');
    pushEntry('two');
    const landed = moveBy(-2);
    pushEntry('again');
    await landed;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(currentEntry()).toEqual({ index: 1, screen: 'again', guard: 0 });
    expect(entryOf(window.history.state)).toEqual(currentEntry());
  });

  it('the screen shown last hears a pop first, and may leave it to the one before', async () => {
    const order: string[] = [];
    const stopFirst = onUserPop(() => {
      order.push('later, declines');
      return false;
    });
    const stopSecond = onUserPop(() => {
      order.push('latest, declines');
      return false;
    });
    pushEntry('one');
    await userMove(-1);
    expect(order).toEqual(['latest, declines', 'later, declines']);
    expect(heard).toHaveLength(1);
    stopSecond();
    stopFirst();
    pushEntry('two');
    await userMove(-1);
    expect(order).toHaveLength(2);
  });

  it('returns to its first entry from any depth, as at startup after a reload', async () => {
    for (const name of ['a', 'b', 'c']) pushEntry(name);
    await returnToBase();
    expect(currentEntry().index).toBe(0);
    expect(heard).toEqual([]);
  });

  it('reads any state it did not write as the first entry', () => {
    const base = { index: 0, screen: null, guard: 0 };
    expect(entryOf(null)).toEqual(base);
    expect(entryOf('tractus')).toEqual(base);
    expect(entryOf({ index: 3 })).toEqual(base);
    expect(entryOf({ app: 'other', index: 3 })).toEqual(base);
    expect(entryOf({ app: 'tractus', index: -1 })).toEqual(base);
    expect(entryOf({ app: 'tractus', index: 1.5 })).toEqual(base);
    expect(entryOf({ app: 'tractus', index: 2, guard: 'x' })).toEqual({
      index: 2,
      screen: null,
      guard: 0,
    });
  });
});
