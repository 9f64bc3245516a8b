// History entries of the page's own that stand between a running session and leaving the app,
// so the system Back (Android's gesture, the browser's button) lands on the page instead.

/** Marks the entries; `depth` counts them, 1 nearest the app's own entry. */
const GUARD = 'tractus-session';

/**
 * How many Backs in a row stay in the app with no tap between them. Chrome lets a Back pass over
 * entries a page added without a fresh tap, so they are laid down while one is fresh, several
 * at a time.
 */
export const GUARDS = 3;

/** How long the page waits for the pop of its own going back; a later pop is the user's. */
const OWN_POP_MS = 1000;

/** How many guards the page is standing on (0: the app's own entry, or a page's before it). */
export function guardDepth(): number {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null) return 0;
  const { guard, depth } = state as { guard?: unknown; depth?: unknown };
  return guard === GUARD && typeof depth === 'number' ? depth : 0;
}

/** Tops the guards up to GUARDS; called at a tap, the guards then hold Back without another. */
export function layGuards(): void {
  for (let depth = guardDepth() + 1; depth <= GUARDS; depth++) {
    // The same URL: a reload still opens the app (and its recovery), never another page.
    window.history.pushState({ guard: GUARD, depth }, '');
  }
}

/** After a Back with no tap to hand: one guard, which Chrome may pass over, rather than none. */
export function layOneGuard(): void {
  if (guardDepth() === 0) window.history.pushState({ guard: GUARD, depth: 1 }, '');
}

// The page's own going back must never count as the user's Back, even if a new session has
// begun by the time its popstate arrives.
let ownPopBy = Number.NEGATIVE_INFINITY;
const ownPops = new WeakSet<Event>();
let watchingOwnPops = false;

/** Call before listening for popstate: this listener then sees each pop first. */
export function watchOwnPops(): void {
  if (watchingOwnPops) return;
  watchingOwnPops = true;
  window.addEventListener('popstate', (event) => {
    if (performance.now() > ownPopBy) return;
    ownPopBy = Number.NEGATIVE_INFINITY;
    ownPops.add(event);
  });
}

/** Whether this pop is the page going back off its guards itself, not the user's Back. */
export function isOwnPop(event: Event): boolean {
  return ownPops.has(event);
}

/** Steps back off every guard, so Back then leaves as it always does. */
export function leaveGuards(): void {
  const depth = guardDepth();
  if (depth === 0) return;
  watchOwnPops();
  ownPopBy = performance.now() + OWN_POP_MS;
  window.history.go(-depth);
}
