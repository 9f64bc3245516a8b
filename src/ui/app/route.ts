// Which screen is showing, what its history entry keeps of it, and where the system Back leads.
import type { SessionRecord } from '../../domain/record/sessionRecord';
import type { ActiveSession } from '../../platform/storage';
import type { HistoryPlace } from '../screens/history/History';

export type Route =
  | { name: 'loading' }
  | { name: 'welcome' }
  | { name: 'home' }
  | { name: 'screening' }
  | { name: 'preCheck' }
  | { name: 'agreement' }
  | { name: 'setup' }
  | { name: 'technique' }
  | { name: 'live' }
  | { name: 'summary'; record: SessionRecord }
  | { name: 'recovery'; active: ActiveSession | null }
  | { name: 'recoveredStop'; record: SessionRecord }
  | { name: 'history'; returnTo?: HistoryPlace }
  | { name: 'session'; place: HistoryPlace }
  | { name: 'settings' };

/** What a history entry keeps of its screen: its name, and for a session's details which one. */
export type EntryScreen = { name: Route['name'] } | { name: 'session'; place: HistoryPlace };

export function entryScreen(route: Route): EntryScreen {
  return route.name === 'session' ? { name: 'session', place: route.place } : { name: route.name };
}

/** The screens a Back may lead to again, all of them whole from their entry alone. */
type ReturnableRoute = Extract<
  Route,
  {
    name:
      | 'history'
      | 'session'
      | 'settings'
      | 'screening'
      | 'preCheck'
      | 'agreement'
      | 'setup'
      | 'technique';
  }
>;

/** What the app has been told this visit that a step of the set-up needs. */
export interface SetupSoFar {
  /** The check (full screening or short check) passed. */
  checked: boolean;
  agreed: boolean;
  /** The live session has begun: from then on its screen, and the summary after it, stay. */
  sessionStarted: boolean;
}

export type PopAnswer =
  /** The browser is on the entry already: show its screen. */
  | { show: Route }
  /** Home, on the app's first entry (a Back past every screen before it comes to the same). */
  | { home: true }
  /** Stay on the screen shown: the page moves back to its entry. */
  | { stay: true };

const STAY: PopAnswer = { stay: true };
const HOME: PopAnswer = { home: true };

// A Back on these would skip a question that must be answered, or lose what it is about to keep.
const STAYS = new Set<Route['name']>(['loading', 'summary', 'recovery', 'recoveredStop']);

/**
 * Where a pop leads, from the screen shown (`from`) to the entry the browser went to (`to`).
 * Forward never leads anywhere: a step of the set-up is only ever reached by its own button.
 */
export function answerPop(
  shown: Route,
  from: { index: number },
  to: { index: number; screen: unknown },
  setup: SetupSoFar,
): PopAnswer {
  if (to.index >= from.index) return STAY;
  if (STAYS.has(shown.name)) return STAY;
  if (shown.name === 'live' && setup.sessionStarted) return STAY;
  if (to.index === 0) return HOME;
  const screen = parseEntryScreen(to.screen);
  // Anything else (the session's own screens, or a state the app did not write) leads Home.
  if (!screen) return HOME;
  switch (screen.name) {
    case 'history':
      // Back from a session's details comes to it again in the list.
      return {
        show: shown.name === 'session' ? { name: 'history', returnTo: shown.place } : screen,
      };
    case 'session':
    case 'settings':
    case 'screening':
    case 'preCheck':
      return { show: screen };
    case 'agreement':
      return setup.checked ? { show: screen } : HOME;
    case 'setup':
    case 'technique':
      return setup.checked && setup.agreed ? { show: screen } : HOME;
  }
}

const RETURNABLE = new Set<string>([
  'history',
  'settings',
  'screening',
  'preCheck',
  'agreement',
  'setup',
  'technique',
]);

/** A history entry's screen, read as anything the browser hands back: checked, never trusted. */
export function parseEntryScreen(value: unknown): ReturnableRoute | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, place } = value as { name?: unknown; place?: unknown };
  if (name === 'session') {
    if (typeof place !== 'object' || place === null) return null;
    const { id, shown } = place as { id?: unknown; shown?: unknown };
    if (typeof id !== 'string' || !Number.isSafeInteger(shown) || (shown as number) < 0)
      return null;
    return { name: 'session', place: { id, shown: shown as number } };
  }
  return typeof name === 'string' && RETURNABLE.has(name) ? ({ name } as ReturnableRoute) : null;
}
