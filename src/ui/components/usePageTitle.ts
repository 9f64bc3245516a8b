// The browser tab and a screen reader's page title name the screen being shown, not just the app.
import { useEffect } from 'preact/hooks';

/** The product's name: the same in every language. */
export const APP_NAME = 'Tractus';

/** "<screen title> – Tractus"; Home, titled with the name alone, is just "Tractus". */
export function pageTitle(screenTitle: string): string {
  return screenTitle === APP_NAME ? APP_NAME : `${screenTitle} – ${APP_NAME}`;
}

/** Keeps document.title on this screen's title, in whatever language the title is in. */
export function usePageTitle(screenTitle: string | null): void {
  useEffect(() => {
    if (screenTitle !== null) document.title = pageTitle(screenTitle);
  }, [screenTitle]);
}
