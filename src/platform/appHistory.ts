// The app's own entries in the browser's history, so the system Back (Android's gesture, the
// browser's button) moves between the app's screens instead of closing it.

const APP = 'tractus';

/** One of the app's entries: 0 is the entry the app was opened on. */
export interface AppEntry {
  index: number;
  /** What the screen shown there left to show it again; the page's other code cannot rely on it. */
  screen: unknown;
  /** Above a running session's entry, the guard's depth (1 nearest); 0 on a screen's own entry. */
  guard: number;
}

const BASE: AppEntry = { index: 0, screen: null, guard: 0 };

/** A state the page did not write (the first entry, or anything else) counts as the base. */
export function entryOf(state: unknown): AppEntry {
  if (typeof state !== 'object' || state === null) return BASE;
  const { app, index, screen, guard } = state as Record<string, unknown>;
  if (app !== APP || !Number.isSafeInteger(index) || (index as number) < 0) return BASE;
  const depth = Number.isSafeInteger(guard) && (guard as number) > 0 ? (guard as number) : 0;
  return { index: index as number, screen: screen ?? null, guard: depth };
}

/** A Back (or Forward) the user made; `from` is the entry shown before it. */
export interface UserPop {
  from: AppEntry;
  to: AppEntry;
}

/** Returns true when it has dealt with the pop, and no listener subscribed before it should. */
export type PopListener = (pop: UserPop) => boolean;

/** How long the page waits for the pop of its own move; a later pop is the user's. */
const OWN_MOVE_MS = 1000;

let shown: AppEntry | null = null;
const listeners: PopListener[] = [];
// Each own move waiting for its pop, oldest first.
const ownMoves: Array<() => void> = [];
let movesUnderWay = 0;
let landed: Promise<void> = Promise.resolve();
let installed = false;

function current(): AppEntry {
  install();
  shown ??= entryOf(window.history.state);
  return shown;
}

function install(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('popstate', (event) => {
    const from = current();
    const to = entryOf(event.state);
    shown = to;
    const own = ownMoves.shift();
    if (own) {
      own();
      return;
    }
    // The screen shown last decides first, as a dialog over a page would.
    for (const listener of [...listeners].reverse()) if (listener({ from, to })) return;
  });
}

/** The entry the page is on, as far as the app's own moves have gone. */
export function currentEntry(): AppEntry {
  return current();
}

/** The entries as they stand once the page's own moves have landed; each change is made at once. */
export interface EntryWriter {
  current(): AppEntry;
  /** A new entry above the one shown. */
  push(screen: unknown, guard?: number): void;
  /** The entry shown now stands for another screen. */
  replace(screen: unknown): void;
}

const writer: EntryWriter = {
  current,
  push(screen, guard = 0) {
    const entry = { index: current().index + 1, screen, guard };
    window.history.pushState({ app: APP, ...entry }, '');
    shown = entry;
  },
  replace(screen) {
    const entry = { ...current(), screen, guard: 0 };
    window.history.replaceState({ app: APP, ...entry }, '');
    shown = entry;
  },
};

/** Runs `step` once the page's own moves so far have landed, so entries are never laid mid-move. */
export function afterOwnMoves(step: (entries: EntryWriter) => void): void {
  if (movesUnderWay === 0) step(writer);
  else void landed.then(() => step(writer));
}

/** A new entry above the one shown; laid in a tap's handler, so Chrome's Back never passes over it. */
export function pushEntry(screen: unknown): void {
  afterOwnMoves((entries) => entries.push(screen));
}

/** The entry shown now stands for another screen (one that Back must not lead back past). */
export function replaceEntry(screen: unknown): void {
  afterOwnMoves((entries) => entries.replace(screen));
}

/** An own move of `deltaOf()` entries, reckoned once the moves before it have landed. */
function ownMove(deltaOf: () => number): Promise<void> {
  install();
  movesUnderWay += 1;
  const moved = landed.then(
    () =>
      new Promise<void>((resolve) => {
        let done = false;
        const land = () => {
          if (done) return;
          done = true;
          movesUnderWay -= 1;
          resolve();
        };
        const delta = deltaOf();
        if (delta === 0) return land();
        ownMoves.push(land);
        // The browser may have nowhere to go; the page carries on all the same.
        window.setTimeout(() => {
          const waiting = ownMoves.indexOf(land);
          if (waiting !== -1) ownMoves.splice(waiting, 1);
          land();
        }, OWN_MOVE_MS);
        window.history.go(delta);
      }),
  );
  landed = moved;
  return moved;
}

/**
 * Moves `delta` entries (back when negative; a function is reckoned once the moves before have
 * landed). Its pop is the page's own, and no listener hears it.
 */
export function moveBy(delta: number | (() => number)): Promise<void> {
  return ownMove(typeof delta === 'number' ? () => delta : delta);
}

/** Resolves once every own move asked for so far has landed. */
export function ownMovesLanded(): Promise<void> {
  return landed;
}

/** Back to the entry the app was opened on; at startup, off whatever a reload left above it. */
export function returnToBase(): Promise<void> {
  return ownMove(() => -current().index);
}

/** Hears the user's Back and Forward from now on, until the returned function is called. */
export function onUserPop(listener: PopListener): () => void {
  install();
  listeners.push(listener);
  return () => {
    const at = listeners.indexOf(listener);
    if (at !== -1) listeners.splice(at, 1);
  };
}
