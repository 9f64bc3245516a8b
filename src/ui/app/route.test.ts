// Where the system Back leads from each screen, and what a history entry may be trusted to say.
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../domain/record/sessionRecord';
import { answerPop, entryScreen, parseEntryScreen, type Route, type SetupSoFar } from './route';

const FRESH: SetupSoFar = { checked: false, agreed: false, sessionStarted: false };
const SET_UP: SetupSoFar = { checked: true, agreed: true, sessionStarted: false };
const STARTED: SetupSoFar = { ...SET_UP, sessionStarted: true };
const record = { id: 'r1' } as SessionRecord;

/** A Back of one entry from `shown`, at `index`, to the entry below holding `screen`. */
function back(shown: Route, index: number, screen: unknown, setup = SET_UP) {
  return answerPop(shown, { index }, { index: index - 1, screen }, setup);
}

describe('the system Back between screens', () => {
  it('leads Home from the first screen opened from it', () => {
    for (const name of ['history', 'settings', 'screening', 'preCheck'] as const) {
      expect(back({ name }, 1, null, FRESH)).toEqual({ home: true });
    }
  });

  it('walks back through the set-up, one step at a time', () => {
    expect(back({ name: 'live' }, 5, { name: 'technique' })).toEqual({
      show: { name: 'technique' },
    });
    expect(back({ name: 'technique' }, 4, { name: 'setup' })).toEqual({ show: { name: 'setup' } });
    expect(back({ name: 'setup' }, 3, { name: 'agreement' })).toEqual({
      show: { name: 'agreement' },
    });
    expect(back({ name: 'agreement' }, 2, { name: 'preCheck' })).toEqual({
      show: { name: 'preCheck' },
    });
  });

  it('never shows a step whose earlier steps this visit has not passed', () => {
    expect(back({ name: 'setup' }, 3, { name: 'agreement' }, FRESH)).toEqual({ home: true });
    const checkedOnly = { ...FRESH, checked: true };
    expect(back({ name: 'technique' }, 4, { name: 'setup' }, checkedOnly)).toEqual({ home: true });
    expect(back({ name: 'live' }, 5, { name: 'technique' }, checkedOnly)).toEqual({ home: true });
  });

  it("from a session's details, comes back to that session in History", () => {
    const place = { id: 's9', shown: 40 };
    expect(back({ name: 'session', place }, 2, { name: 'history' })).toEqual({
      show: { name: 'history', returnTo: place },
    });
  });

  it('stays on a started session, the summary, and the recovery screens', () => {
    const stays: Route[] = [
      { name: 'summary', record },
      { name: 'recovery', active: null },
      { name: 'recoveredStop', record },
    ];
    for (const shown of stays)
      expect(back(shown, 3, { name: 'technique' })).toEqual({ stay: true });
    expect(back({ name: 'live' }, 5, { name: 'technique' }, STARTED)).toEqual({ stay: true });
  });

  it('never goes Forward: the page comes back to the screen shown', () => {
    const forward = answerPop(
      { name: 'home' },
      { index: 0 },
      { index: 2, screen: { name: 'agreement' } },
      SET_UP,
    );
    expect(forward).toEqual({ stay: true });
  });

  it('leads Home from an entry it cannot show again', () => {
    expect(back({ name: 'settings' }, 3, { name: 'summary' })).toEqual({ home: true });
    expect(back({ name: 'settings' }, 3, { name: 'live' })).toEqual({ home: true });
    expect(back({ name: 'settings' }, 3, 'history')).toEqual({ home: true });
  });
});

describe('history entries', () => {
  it("keep a screen's name, and a session's place, never a record", () => {
    expect(entryScreen({ name: 'summary', record })).toEqual({ name: 'summary' });
    expect(entryScreen({ name: 'history', returnTo: { id: 'a', shown: 1 } })).toEqual({
      name: 'history',
    });
    expect(entryScreen({ name: 'session', place: { id: 'a', shown: 20 } })).toEqual({
      name: 'session',
      place: { id: 'a', shown: 20 },
    });
  });

  it('are read back only when whole', () => {
    expect(parseEntryScreen({ name: 'settings' })).toEqual({ name: 'settings' });
    expect(parseEntryScreen({ name: 'session', place: { id: 'a', shown: 20 } })).toEqual({
      name: 'session',
      place: { id: 'a', shown: 20 },
    });
    for (const bad of [
      null,
      'settings',
      { name: 'welcome' },
      { name: 'nowhere' },
      { name: 'session' },
      { name: 'session', place: { id: 7, shown: 20 } },
      { name: 'session', place: { id: 'a', shown: -1 } },
      { name: 'session', place: { id: 'a', shown: 2.5 } },
    ]) {
      expect(parseEntryScreen(bad)).toBeNull();
    }
  });
});
