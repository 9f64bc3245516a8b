// A screen whose code fails to download (a dropped connection on a first visit) can be fetched
// again from where the person is, without reloading and losing what they have entered.
import { expect, test } from '@playwright/test';
import { Tractus } from './support/tractus';

// The worker would serve the precached file and hide the failed download this test makes.
test.use({ serviceWorkers: 'block' });

test('History cannot download while the connection is down; Try again brings it up', async ({
  page,
}) => {
  const app = new Tractus(page);
  let connected = false;
  let failedFetches = 0;
  await page.route(/\/assets\/History-[\w-]+\.js$/, async (route) => {
    if (connected) return route.continue();
    failedFetches += 1;
    return route.abort('internetdisconnected');
  });
  await app.open();
  await app.acknowledgeWelcome();
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'History' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This part of Tractus could not load');
  expect(failedFetches).toBeGreaterThan(0);
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'false');

  // Still down: the retry fails again, says so again, and keeps focus on Try again.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toContainText('This part of Tractus could not load');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();

  connected = true;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(alert).toHaveCount(0);
});
