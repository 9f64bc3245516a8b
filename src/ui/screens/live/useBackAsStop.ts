// The system Back (Android's gesture, the browser's button) is one more Stop during a session: it
// must not close the app mid-pull and leave the partner pulling with no one counting (H3, H4).
import { useEffect, useRef } from 'preact/hooks';
import { onUserPop } from '../../../platform/appHistory';
import { layGuards, layOneGuard, leaveGuards } from '../../../platform/backGuard';

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
    layGuards();
    // Heard before the app's own screen-to-screen Back: while a session runs, Back is Stop alone.
    const stopListening = onUserPop(() => {
      layOneGuard();
      if (latest.current.stopAccepted) latest.current.stop();
      return true;
    });
    // A tap or a key is what lets the page lay guards that Back will not pass over.
    const onTap = () => layGuards();
    document.addEventListener('click', onTap, true);
    document.addEventListener('keydown', onTap, true);
    return () => {
      stopListening();
      document.removeEventListener('click', onTap, true);
      document.removeEventListener('keydown', onTap, true);
      void leaveGuards();
    };
  }, [running]);
}
