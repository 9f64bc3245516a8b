// The system Back (Android's gesture, the browser's button) is one more Stop during a session: it
// must never close the app mid-pull and leave the partner pulling with no one counting (H3, H4).
import { useEffect, useRef } from 'preact/hooks';

/** Marks the history entry that stands between a running session and leaving the app. */
const GUARD = 'tractus-session';

/** How long the page waits for the pop of its own going back; a later pop is the user's. */
const OWN_POP_MS = 1000;

function onGuard(): boolean {
  const state: unknown = window.history.state;
  return (
    typeof state === 'object' && state !== null && (state as { guard?: unknown }).guard === GUARD
  );
}

// The page's own going back (taking the guard away) must never count as the user's Back, even
// if a new session has begun by the time its popstate arrives.
let ownPopBy = Number.NEGATIVE_INFINITY;
const ownPops = new WeakSet<Event>();
let watchingOwnPops = false;

function watchOwnPops(): void {
  if (watchingOwnPops) return;
  watchingOwnPops = true;
  // Added before any session's listener, so it sees each pop first.
  window.addEventListener('popstate', (event) => {
    if (performance.now() > ownPopBy) return;
    ownPopBy = Number.NEGATIVE_INFINITY;
    ownPops.add(event);
  });
}

function leaveGuard(): void {
  if (!onGuard()) return;
  ownPopBy = performance.now() + OWN_POP_MS;
  window.history.back();
}

/**
 * While `running`, Back stays in the app: it calls `stop` (when the session would act on a Stop
 * now, as Escape does) and the guard is put back for the next Back. Once the session is over the
 * guard is taken away again, so Back then works as it always does.
 */
export function useBackAsStop(running: boolean, stopAccepted: boolean, stop: () => void): void {
  const latest = useRef({ stopAccepted, stop });
  latest.current = { stopAccepted, stop };
  useEffect(() => {
    if (!running) return;
    watchOwnPops();
    // The same URL: a reload still opens the app (and its recovery), never another page.
    if (!onGuard()) window.history.pushState({ guard: GUARD }, '');
    const onPopState = (event: PopStateEvent) => {
      // Put back whoever went back: the session is still running.
      window.history.pushState({ guard: GUARD }, '');
      if (!ownPops.has(event) && latest.current.stopAccepted) latest.current.stop();
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
      leaveGuard();
    };
  }, [running]);
}
