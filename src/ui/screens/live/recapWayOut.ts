// The way out of the recap before the start, given by the app (its own module: no screen code).
import { createContext } from 'preact';

/**
 * Read by the recap itself, not passed through the session screen: only the recap, shown before
 * the start, offers it; once the session has started there is no way out but its own end.
 */
export const RecapWayOut = createContext<(() => void) | undefined>(undefined);
