// The service worker bridge: updates wait for the user, and a reload never comes unasked.
import type { RegisterSWOptions } from 'virtual:pwa-register';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from './serviceWorker';

const pwa = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  skipWaiting: vi.fn(async () => {}),
}));

vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    pwa.options = options;
    return pwa.skipWaiting;
  },
}));

const reload = vi.fn();

/** The browser's ServiceWorkerContainer, reduced to what the bridge reads. */
function fakeWorkers(controlled: boolean) {
  const workers = Object.assign(new EventTarget(), { controller: controlled ? {} : null });
  vi.stubGlobal('navigator', { serviceWorker: workers });
  return { takeControl: () => workers.dispatchEvent(new Event('controllerchange')) };
}

function registered(): RegisterSWOptions {
  if (!pwa.options) throw new Error('registerSW was not called');
  return pwa.options;
}

function register(controlled = true) {
  const onUpdateReady = vi.fn<(apply: () => void) => void>();
  const onOfflineReady = vi.fn();
  const workers = fakeWorkers(controlled);
  registerServiceWorker({ onUpdateReady, onOfflineReady });
  const latestApply = () => {
    const apply = onUpdateReady.mock.lastCall?.[0];
    if (!apply) throw new Error('no update was offered');
    apply();
  };
  return { onUpdateReady, onOfflineReady, latestApply, ...workers };
}

beforeEach(() => {
  pwa.options = undefined;
  pwa.skipWaiting.mockClear();
  reload.mockClear();
  vi.stubGlobal('window', { location: { reload } });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('registerServiceWorker', () => {
  it('does nothing where service workers are unsupported', () => {
    vi.stubGlobal('navigator', {});
    registerServiceWorker({ onUpdateReady: vi.fn() });
    expect(pwa.options).toBeUndefined();
  });

  it('registers at once and reports when the app works offline', () => {
    const { onOfflineReady } = register();
    expect(registered().immediate).toBe(true);
    registered().onOfflineReady?.();
    expect(onOfflineReady).toHaveBeenCalledOnce();
  });

  it('does not treat the first visit being taken under control as an update', () => {
    const { takeControl, onUpdateReady } = register(false);
    takeControl();
    expect(onUpdateReady).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('offers a waiting update and reloads only after it is applied and in control', () => {
    const { takeControl, onUpdateReady, latestApply } = register();
    registered().onNeedRefresh?.();
    expect(onUpdateReady).toHaveBeenCalledOnce();
    expect(pwa.skipWaiting).not.toHaveBeenCalled();

    latestApply();
    expect(pwa.skipWaiting).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();
    takeControl();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('never reloads when another tab applied the update; it offers the reload instead', () => {
    const { takeControl, onUpdateReady, latestApply } = register();
    registered().onNeedRefresh?.();
    registered().onNeedReload?.();
    takeControl();
    expect(reload).not.toHaveBeenCalled();
    expect(onUpdateReady).toHaveBeenCalledTimes(2);

    latestApply();
    expect(reload).toHaveBeenCalledOnce();
    expect(pwa.skipWaiting).not.toHaveBeenCalled();
  });
});
