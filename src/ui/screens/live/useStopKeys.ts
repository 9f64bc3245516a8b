// Space and Escape stop the session from anywhere on the page (H4), without firing twice.
import { useEffect, useRef } from 'preact/hooks';

/** Input types that Space would click, as a button; the arrow keys choose a radio. */
const CLICKED_TYPES = ['radio', 'button', 'submit', 'reset', 'image'];

/**
 * Controls that Space would click on keyup; that click is suppressed. A radio is among them: the
 * arrow keys choose a radio, so Space on one is Stop, as everywhere else.
 */
const PRESSABLE = ['button', '[role="button"]', 'a[href]', 'summary']
  .concat(CLICKED_TYPES.map((type) => `input[type="${type}"]`))
  .join(', ');

/**
 * Controls that cannot be worked without Space keep it: a box is ticked and a word typed only with
 * it. Escape still stops there.
 */
const NEEDS_SPACE = [
  `input${CLICKED_TYPES.map((type) => `:not([type="${type}"])`).join('')}`,
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="checkbox"]',
  '[role="switch"]',
].join(', ');

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
      if (isSpace(event) && closest(event, NEEDS_SPACE)) return;
      // Also keeps a focused button or radio from acting on keyup: one press, one Stop.
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
