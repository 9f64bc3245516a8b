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

/** Tops the guards up to GUARDS; called at a tap, the guards then hold Back without another. */
export function layGuards(): void {
  afterOwnMoves((entries) => {
    // Each guard remembers the screen below it: a reload still opens the app, never another page.
    const { screen, guard } = entries.current();
    for (let depth = guard + 1; depth <= GUARDS; depth++) entries.push(screen, depth);
  });
}

/** After a Back with no tap to hand: one guard, which Chrome may pass over, rather than none. */
export function layOneGuard(): void {
  afterOwnMoves((entries) => {
    const { screen, guard } = entries.current();
    if (guard === 0) entries.push(screen, 1);
  });
}

/** Steps back off every guard, so Back then leaves the session's screen as it always does. */
export function leaveGuards(): Promise<void> {
  return moveBy(() => -guardDepth());
}
