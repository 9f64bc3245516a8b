// A control that goes away with its phase (Gentle pull, a panel's Continue, Carry on) must not
// leave the keyboard or screen reader stranded on the page's body.
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/**
 * While the session runs, focus lost with a control that disappeared goes to Stop: the one control
 * there in every phase, and the one that must be under the hand; focus is never moved otherwise.
 */
export function useLostFocusToStop(
  session: RefObject<HTMLElement | null>,
  stop: RefObject<HTMLButtonElement | null>,
  running: boolean,
): void {
  const lastFocused = useRef<Element | null>(null);

  useEffect(() => {
    const element = session.current;
    if (!element) return;
    const remember = (event: FocusEvent) => {
      lastFocused.current = event.target instanceof Element ? event.target : null;
    };
    element.addEventListener('focusin', remember);
    return () => element.removeEventListener('focusin', remember);
  }, [session]);

  // After every render, before paint: the render that removed the control is the one to mend.
  useLayoutEffect(() => {
    const lost = lastFocused.current;
    if (!running || !lost || lost.isConnected) return;
    lastFocused.current = null;
    const focused = document.activeElement;
    if (focused === null || focused === document.body) stop.current?.focus();
  });
}
