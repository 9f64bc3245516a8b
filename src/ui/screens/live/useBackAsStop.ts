// The system Back (Android's gesture, the browser's button) is one more Stop during a session: it
// must not close the app mid-pull and leave the partner pulling with no one counting (H3, H4).
import { useEffect, useRef } from 'preact/hooks';
import {
  isOwnPop,
  layGuards,
  layOneGuard,
  leaveGuards,
  watchOwnPops,
} from '../../../platform/backGuard';

/**
 * While `running`, Back stays in the app and calls `stop` (when the session would act on a Stop
 * now, as Escape does). The guards are laid at the start and topped up at every tap; once the
 * session is over the page steps back off them, so Back then leaves as it always does.
 */
export function useBackAsStop(running: boolean, stopAccepted: boolean, stop: () => void): void {
  const latest = useRef({ stopAccepted, stop });
  latest.current = { stopAccepted, stop };
  useEffect(() => {
    if (!running) return;
    watchOwnPops();
    layGuards();
    const onPopState = (event: PopStateEvent) => {
      // Whoever went back, the session still runs: it is never left with no guard at all.
      layOneGuard();
      if (!isOwnPop(event) && latest.current.stopAccepted) latest.current.stop();
    };
    // A tap or a key is what lets the page lay guards that Back will not pass over.
    const onTap = () => layGuards();
    window.addEventListener('popstate', onPopState);
    document.addEventListener('click', onTap, true);
    document.addEventListener('keydown', onTap, true);
    return () => {
      window.removeEventListener('popstate', onPopState);
      document.removeEventListener('click', onTap, true);
      document.removeEventListener('keydown', onTap, true);
      leaveGuards();
    };
  }, [running]);
}
