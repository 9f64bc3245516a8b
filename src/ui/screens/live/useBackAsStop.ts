// The system Back (Android's gesture, the browser's button) is one more Stop during a session: it
// must not close the app mid-pull and leave the partner pulling with no one counting (H3, H4).
import { useEffect, useRef } from 'preact/hooks';
import { onUserPop } from '../../../platform/appHistory';
import { layGuards, leaveGuards } from '../../../platform/backGuard';

// Keys whose press the browser does not count as the user's (HTML's user activation): Escape and
// the modifiers pressed on their own.
const NOT_ACTIVATING = new Set([
  'Escape',
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'OS',
  'Super',
  'Hyper',
  'Fn',
  'FnLock',
  'CapsLock',
  'NumLock',
  'ScrollLock',
  'Symbol',
  'SymbolLock',
]);

/** Whether the browser counts this tap or key as the user's own, so an entry laid now holds. */
function isUserActivation(event: Event): boolean {
  return !(event instanceof KeyboardEvent && NOT_ACTIVATING.has(event.key));
}

/**
 * While `running`, Back stays in the app and calls `stop` (when the session would act on a Stop
 * now, as Escape does). The guards are laid at the start and topped up at every tap; once the
 * session is over the page steps back off them, onto the session's own entry.
 */
export function useBackAsStop(running: boolean, stopAccepted: boolean, stop: () => void): void {
  const latest = useRef({ stopAccepted, stop });
  latest.current = { stopAccepted, stop };
  useEffect(() => {
    if (!running) return;
    layGuards();
    // Heard before the app's own screen-to-screen Back: while a session runs, Back is Stop alone.
    const stopListening = onUserPop(() => {
      if (latest.current.stopAccepted) latest.current.stop();
      return true;
    });
    // Only a tap or a key that counts as one lets the page lay guards Back will not pass over:
    // Escape or a lone Shift does not, and a guard laid on one would let the next Back leave.
    const onTap = (event: Event) => {
      if (isUserActivation(event)) layGuards();
    };
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
