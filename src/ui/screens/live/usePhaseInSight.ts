// Each new phase, and the rest once rated, opens at the top of the page where the phase's name,
// count and caption are: a panel that closed (the recap, a rating, a stop check) must not leave
// the page scrolled past them.
import { useEffect } from 'preact/hooks';

/**
 * `view` names what the screen shows (the phase, and whether its panel was answered). The scroll
 * happens after the view is painted, never in the task that changed it: a Stop's task stays short.
 */
export function usePhaseInSight(view: string, running: boolean): void {
  useEffect(() => {
    if (running && window.scrollY > 0) window.scrollTo({ top: 0, behavior: 'instant' });
  }, [view, running]);
}
