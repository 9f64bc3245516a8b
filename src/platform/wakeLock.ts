// Keeping the screen awake during a session as a port: the Screen Wake Lock adapter and a fake.
import type { Visibility } from './visibility';

/** unsupported: no Screen Wake Lock API; rejected: the browser refused (battery saver, hidden). */
export type WakeLockLoss = 'unsupported' | 'rejected';

export interface WakeLock {
  /** Asks to keep the screen on until `release()`; resolves whether it is held now. */
  acquire(): Promise<boolean>;
  release(): Promise<void>;
  isHeld(): boolean;
  /** Called each time the screen cannot be kept on, so the UI can say the screen may lock. */
  onLost(listener: (reason: WakeLockLoss) => void): () => void;
}

interface WakeLockHost {
  wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinel> };
}

export interface BrowserWakeLockOptions {
  visibility: Visibility;
  navigator?: WakeLockHost;
}

class LossListeners {
  private listeners = new Set<(reason: WakeLockLoss) => void>();

  add(listener: (reason: WakeLockLoss) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  report(reason: WakeLockLoss): void {
    for (const listener of [...this.listeners]) listener(reason);
  }
}

/**
 * The adapter over `navigator.wakeLock`. Browsers release the lock whenever the page is hidden,
 * so while it is wanted it is asked for again each time the page comes back into view.
 */
export function createBrowserWakeLock(options: BrowserWakeLockOptions): WakeLock {
  const nav: WakeLockHost | undefined = options.navigator ?? globalThis.navigator;
  const losses = new LossListeners();
  let wanted = false;
  let sentinel: WakeLockSentinel | null = null;
  let pending: Promise<boolean> | null = null;

  async function request(): Promise<boolean> {
    const api = nav?.wakeLock;
    if (!api) {
      losses.report('unsupported');
      return false;
    }
    let lock: WakeLockSentinel;
    try {
      lock = await api.request('screen');
    } catch {
      losses.report('rejected');
      return false;
    }
    // Released while the request was on its way: let go at once.
    if (!wanted) {
      await lock.release();
      return false;
    }
    sentinel = lock;
    lock.addEventListener('release', () => {
      if (sentinel === lock) sentinel = null;
    });
    return true;
  }

  function ensure(): Promise<boolean> {
    if (sentinel && !sentinel.released) return Promise.resolve(true);
    pending ??= request().finally(() => {
      pending = null;
    });
    return pending;
  }

  options.visibility.onChange((visible) => {
    if (visible && wanted) void ensure();
  });

  return {
    acquire() {
      wanted = true;
      return ensure();
    },
    async release() {
      wanted = false;
      const lock = sentinel;
      sentinel = null;
      if (lock && !lock.released) await lock.release();
    },
    isHeld: () => sentinel !== null && !sentinel.released,
    onLost: (listener) => losses.add(listener),
  };
}

export interface FakeWakeLockOptions {
  supported?: boolean;
  /** The browser refuses every request. */
  rejects?: boolean;
}

export class FakeWakeLock implements WakeLock {
  /** How many times the lock was asked for. */
  requests = 0;
  private held = false;
  private readonly losses = new LossListeners();

  constructor(private readonly options: FakeWakeLockOptions = {}) {}

  acquire(): Promise<boolean> {
    this.requests++;
    if (this.options.supported === false) {
      this.losses.report('unsupported');
      return Promise.resolve(false);
    }
    if (this.options.rejects) {
      this.losses.report('rejected');
      return Promise.resolve(false);
    }
    this.held = true;
    return Promise.resolve(true);
  }

  release(): Promise<void> {
    this.held = false;
    return Promise.resolve();
  }

  isHeld(): boolean {
    return this.held;
  }

  onLost(listener: (reason: WakeLockLoss) => void): () => void {
    return this.losses.add(listener);
  }
}
