// The sticky controls cover the bottom of the page: a control given focus must scroll above them.
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** The bar's height, which live.css keeps the body's controls clear of; set only while it shows. */
const CONTROLS_HEIGHT = '--live-controls-height';

/** Keeps the bar's real height (it grows with the text size and the screen) on the root. */
export function useControlsClearance(
  controls: RefObject<HTMLElement | null>,
  shown: boolean,
): void {
  useLayoutEffect(() => {
    const bar = controls.current;
    if (!shown || !bar || typeof ResizeObserver !== 'function') return;
    const root = document.documentElement;
    // A new observer reports the size it finds at once, so no layout is forced here.
    const observer = new ResizeObserver(() => {
      root.style.setProperty(CONTROLS_HEIGHT, `${bar.getBoundingClientRect().height}px`);
    });
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty(CONTROLS_HEIGHT);
    };
  }, [controls, shown]);
}
