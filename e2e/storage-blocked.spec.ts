// Another tab holds the device's data open at an older version: the session still runs, kept in
// memory, and the banner says what happened and what to do; once that tab lets go, a reload
// saves again (H11).
import { expect, test } from '@playwright/test';
import { Tractus } from './support/tractus';

type HolderWindow = Window & { __held?: IDBDatabase };

test('a session still runs while another tab blocks the storage upgrade, and says so', async ({
  page,
  context,
}) => {
  // A tab of an older version: it keeps its connection open and ignores the request to close it.
  const holder = await context.newPage();
  await holder.goto('/manifest.webmanifest');
  await holder.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('tractus', 5);
        request.onsuccess = () => {
          (window as HolderWindow).__held = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  const app = new Tractus(page);
  await app.readyToStart('Ankle hold');
  const banner = page.locator('.storage-banner');
  await expect(banner).toContainText(
    'Tractus is open in another tab with a different version, so this tab cannot reach your ' +
      'saved data. Close the other Tractus tabs, then reload this page.',
  );
  await expect(banner).toContainText('kept only until this page closes');
  await app.startButton().click();
  await app.expectPhase('Get ready');
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();

  // The other tab closes; a reload opens the data, and what is agreed now is saved.
  await holder.evaluate(() => (window as HolderWindow).__held?.close());
  await holder.close();
  await page.reload();
  await app.acknowledgeWelcome();
  await app.expectWelcomeSaved();
  await expect(page.locator('.storage-banner')).toHaveCount(0);
});
