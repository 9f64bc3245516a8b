// Space and Escape stop the session from anywhere on the page (H4), without firing twice.
import { useEffect, useRef } from 'preact/hooks';

/** Controls whose own Space action comes on keyup (a button's click); it is suppressed. */
const PRESSABLE = 'button, [role="button"], a[href], summary';
/** Form fields keep Space for themselves: ticking a box or choosing a rating. */
const FORM_FIELD = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

function isSpace(event: KeyboardEvent): boolean {
  return event.key === ' ' || event.key === 'Spacebar';
}

function closest(event: KeyboardEvent, selector: string): boolean {
  return event.target instanceof Element && event.target.closest(selector) !== null;
}

export function useStopKeys(active: boolean, stop: () => void): void {
  const latest = useRef(stop);
  latest.current = stop;
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'Escape' && !isSpace(event)) return;
      if (isSpace(event) && closest(event, FORM_FIELD)) return;
      // Also keeps a focused button from clicking on keyup: one press, one Stop.
      event.preventDefault();
      if (!event.repeat) latest.current();
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (isSpace(event) && closest(event, PRESSABLE)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [active]);
}
