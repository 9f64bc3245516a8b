// Offline: after one visit the service worker serves the app and every built file with no network,
// and a whole session runs and is saved there.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { Tractus } from './support/tractus';

// The build the tests serve (playwright.config.ts reads the same variable).
const DIST = fileURLToPath(new URL(`../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url));

/** Every file the production build wrote that the app may load, as a path from the site root. */
function builtFiles(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => /\.(js|css|html|svg|png|webmanifest)$/.test(file))
    .filter((file) => file !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(file))
    .map((file) => `/${file}`)
    .sort();
}

/** Paths held in the page's Cache Storage (workbox adds `?__WB_REVISION__=…` to some). */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
    }
    return paths.sort();
  });
}

/** Fetches each path from the page; returns the ones that did not load. */
function unreachable(page: Page, paths: string[]): Promise<string[]> {
  return page.evaluate(async (list) => {
    const failed: string[] = [];
    for (const path of list) {
      const response = await fetch(path).catch(() => null);
      if (!response?.ok) failed.push(path);
    }
    return failed;
  }, paths);
}

async function visitUntilControlled(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker claims the first visit once active; a reload is the fallback if it has not yet.
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test.describe('offline', () => {
  test('after one visit, the app opens and every built file loads without a network', async ({
    page,
    context,
  }) => {
    const built = builtFiles();
    expect(built).toContain('/index.html');
    // The entry plus at least one chunk split off for later (storage, history, charts, export).
    expect(built.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(1);

    await visitUntilControlled(page);
    const cached = await cachedPaths(page);
    expect(cached).toEqual(expect.arrayContaining(built));

    await context.setOffline(true);
    const navigation = await page.reload();
    expect(navigation?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    expect(await unreachable(page, built)).toEqual([]);
    // Proof the network really is gone: a file nobody precached does not load.
    expect(await unreachable(page, ['/not-precached.txt'])).toEqual(['/not-precached.txt']);
  });

  test('after one visit, a whole session runs to Done with no network and History keeps it', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await visitUntilControlled(page);

    await context.setOffline(true);
    const app = new Tractus(page);
    // The session's clock is controlled, so its five minutes run in seconds.
    await page.clock.install();
    const navigation = await page.reload();
    expect(navigation?.fromServiceWorker()).toBe(true);
    await app.firstRunToStart('Ankle hold');
    await app.firstPullRated('Just right');
    // Unconfirmed ramps end at their cap, and the session completes.
    await app.wait(6 * 60_000);
    await app.expectPhase('Done');
    await app.finishAfterSession(3);

    await app.openHistory();
    await expect(app.sessionCards()).toHaveCount(1);
    // Still offline: the session came from the device, not from a server.
    expect(await unreachable(page, ['/not-precached.txt'])).toEqual(['/not-precached.txt']);
  });
});
