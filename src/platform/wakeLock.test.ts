// @vitest-environment jsdom
// The WakeLock contract, held by the fake and by the adapter on a stubbed navigator.wakeLock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeVisibility } from './visibility';
import { createBrowserWakeLock, FakeWakeLock, type WakeLock, type WakeLockLoss } from './wakeLock';

// --- A minimal navigator.wakeLock: the browser drops the lock whenever the page is hidden. ------

class StubSentinel extends EventTarget {
  released = false;
  readonly type = 'screen';
  release(): Promise<void> {
    if (!this.released) {
      this.released = true;
      this.dispatchEvent(new Event('release'));
    }
    return Promise.resolve();
  }
}

class StubWakeLockApi {
  readonly requests: string[] = [];
  readonly sentinels: StubSentinel[] = [];
  constructor(public rejects = false) {}
  request(type: string): Promise<StubSentinel> {
    this.requests.push(type);
    if (this.rejects) return Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    const sentinel = new StubSentinel();
    this.sentinels.push(sentinel);
    return Promise.resolve(sentinel);
  }
  /** What the browser does when the page is hidden. */
  dropAll(): void {
    for (const sentinel of this.sentinels) void sentinel.release();
  }
}

interface WakeLockHarness {
  wakeLock: WakeLock;
}

interface WakeLockSetup {
  supported?: boolean;
  rejects?: boolean;
}

function wakeLockContract(name: string, make: (setup: WakeLockSetup) => WakeLockHarness) {
  describe(`WakeLock contract: ${name}`, () => {
    it('keeps the screen on from acquire until release', async () => {
      const { wakeLock } = make({});
      const losses: WakeLockLoss[] = [];
      wakeLock.onLost((reason) => losses.push(reason));
      await expect(wakeLock.acquire()).resolves.toBe(true);
      expect(wakeLock.isHeld()).toBe(true);
      await wakeLock.release();
      expect(wakeLock.isHeld()).toBe(false);
      expect(losses).toEqual([]);
    });

    it('says it cannot keep the screen on where the browser has no wake lock', async () => {
      const { wakeLock } = make({ supported: false });
      const losses: WakeLockLoss[] = [];
      wakeLock.onLost((reason) => losses.push(reason));
      await expect(wakeLock.acquire()).resolves.toBe(false);
      expect(wakeLock.isHeld()).toBe(false);
      expect(losses).toEqual(['unsupported']);
    });

    it('says it cannot keep the screen on when the browser refuses', async () => {
      const { wakeLock } = make({ rejects: true });
      const losses: WakeLockLoss[] = [];
      wakeLock.onLost((reason) => losses.push(reason));
      await expect(wakeLock.acquire()).resolves.toBe(false);
      expect(wakeLock.isHeld()).toBe(false);
      expect(losses).toEqual(['rejected']);
    });
  });
}

wakeLockContract('FakeWakeLock', (setup) => ({ wakeLock: new FakeWakeLock(setup) }));

describe('createBrowserWakeLock', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function install(rejects = false): StubWakeLockApi {
    const api = new StubWakeLockApi(rejects);
    vi.stubGlobal('navigator', { wakeLock: api });
    return api;
  }

  wakeLockContract('createBrowserWakeLock', ({ supported = true, rejects = false }) => {
    if (supported) install(rejects);
    return { wakeLock: createBrowserWakeLock({ visibility: new FakeVisibility(true) }) };
  });

  it("asks for the 'screen' lock", async () => {
    const api = install();
    await createBrowserWakeLock({ visibility: new FakeVisibility(true) }).acquire();
    expect(api.requests).toEqual(['screen']);
  });

  it('reports unsupported under jsdom, whose navigator has no wakeLock', async () => {
    expect('wakeLock' in navigator).toBe(false);
    const wakeLock = createBrowserWakeLock({ visibility: new FakeVisibility(true) });
    const losses: WakeLockLoss[] = [];
    wakeLock.onLost((reason) => losses.push(reason));
    await expect(wakeLock.acquire()).resolves.toBe(false);
    expect(losses).toEqual(['unsupported']);
  });

  it('takes the lock again when the page comes back into view during a session', async () => {
    const api = install();
    const visibility = new FakeVisibility(true);
    const wakeLock = createBrowserWakeLock({ visibility });
    await wakeLock.acquire();
    visibility.set(false);
    api.dropAll();
    expect(wakeLock.isHeld()).toBe(false);
    visibility.set(true);
    await vi.waitFor(() => expect(wakeLock.isHeld()).toBe(true));
    expect(api.requests).toHaveLength(2);
  });

  it('does not take the lock again once the session released it', async () => {
    const api = install();
    const visibility = new FakeVisibility(true);
    const wakeLock = createBrowserWakeLock({ visibility });
    await wakeLock.acquire();
    await wakeLock.release();
    visibility.set(false);
    visibility.set(true);
    await Promise.resolve();
    expect(api.requests).toHaveLength(1);
    expect(wakeLock.isHeld()).toBe(false);
  });

  it('lets go of a lock that arrives after the session already released it', async () => {
    const api = install();
    const wakeLock = createBrowserWakeLock({ visibility: new FakeVisibility(true) });
    const acquired = wakeLock.acquire();
    await wakeLock.release();
    await expect(acquired).resolves.toBe(false);
    expect(api.sentinels[0]?.released).toBe(true);
    expect(wakeLock.isHeld()).toBe(false);
  });
});
