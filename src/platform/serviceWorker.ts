// The service worker bridge (like Squoosh's sw-bridge): offline precache, updates only on request.
import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerEvents {
  /** A new version is ready; `apply` switches to it and reloads the page. Keep the latest one. */
  onUpdateReady(apply: () => void): void;
  /** Every file is precached: the app now works offline. */
  onOfflineReady?(): void;
}

/** Registers the worker; a no-op where service workers are unsupported, and in `npm run dev`. */
export function registerServiceWorker(events: ServiceWorkerEvents): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const workers = navigator.serviceWorker;
  const reload = (): void => window.location.reload();
  let applying = false;
  let takenOver = false;
  // The first visit's worker taking control is not an update.
  let controlled = workers.controller !== null;

  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => events.onUpdateReady(apply),
    onOfflineReady: () => events.onOfflineReady?.(),
    // Left alone, the library reloads here, even when another tab applied the update mid-session.
    onNeedReload: () => {},
  });

  // A new version has taken control, at this page's request or another tab's.
  workers.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    takenOver = true;
    if (applying) reload();
    else events.onUpdateReady(apply);
  });

  function apply(): void {
    if (takenOver) {
      reload();
      return;
    }
    applying = true;
    void updateServiceWorker();
  }
}
