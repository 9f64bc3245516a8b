// Entries of the page's own that stand between a running session and leaving the app, so the
// system Back (Android's gesture, the browser's button) lands on the page instead.
import { afterOwnMoves, currentEntry, moveBy } from './appHistory';

/**
 * How many Backs in a row stay in the app with no tap between them. Chrome lets a Back pass over
 * entries a page added without a fresh tap, so they are laid down while one is fresh, several
 * at a time.
 */
export const GUARDS = 3;

/** How many guards the page is standing on (0: a screen's own entry, or a page's before the app). */
export function guardDepth(): number {
  return currentEntry().guard;
}

/**
 * Tops the guards up to GUARDS; call it only at a tap. After a Back, an entry laid with no tap
 * since would make Chrome pass over every entry of the page at the next Back, so then nothing is
 * laid: the next Backs land on the set-up's own entries below the session's instead.
 */
export function layGuards(): void {
  afterOwnMoves((entries) => {
    // Each guard remembers the screen below it: a reload still opens the app, never another page.
    const { screen, guard } = entries.current();
    for (let depth = guard + 1; depth <= GUARDS; depth++) entries.push(screen, depth);
  });
}

/** Steps back off every guard, so Back then leaves the session's screen as it always does. */
export function leaveGuards(): Promise<void> {
  return moveBy(() => -guardDepth());
}
