// The browser's own Back during a session, pressed several times with no tap between: Chrome
// passes over history entries a page added without a fresh tap, so only guards laid while one was
// fresh keep the app open (H3, H4). page.goBack() cannot show this: it ignores that rule.
import { fileURLToPath } from 'node:url';
import { chromium, expect, test } from '@playwright/test';
import { GUARDS } from '../src/platform/backGuard';
import { toFirstHold } from './support/tractus';

const EXTENSION = fileURLToPath(new URL('./support/browser-back', import.meta.url));

test('Back pressed again and again in a session, with no tap between, never leaves the app', async ({
  baseURL,
}, testInfo) => {
  // One browser of its own, with the extension that presses Back as the browser's button does.
  test.skip(testInfo.project.name !== 'desktop', 'the browser is launched here, once');
  const context = await chromium.launchPersistentContext(testInfo.outputPath('profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    baseURL,
    viewport: { width: 390, height: 844 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('data:text/html,<title>Before</title>');
    const { app } = await toFirstHold(page);
    const host = new URL(baseURL ?? '').host;
    // Every press from the browser, none from the page: nothing in between counts as a tap.
    const urls = await worker.evaluate(
      ({ urlPart, presses }) =>
        (
          self as unknown as {
            pressBackTimes(u: string, n: number, gap: number): Promise<string[]>;
          }
        ).pressBackTimes(urlPart, presses, 400),
      { urlPart: host, presses: GUARDS },
    );
    expect(
      urls.every((url) => url.includes(host)),
      urls.join(' | '),
    ).toBe(true);
    await expect(page).not.toHaveTitle('Before');
    await app.expectPhase('Release');
    await expect(app.caption()).toContainText('Stop — release slowly.');
  } finally {
    await context.close();
  }
});
