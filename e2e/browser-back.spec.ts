// The browser's own Back, pressed several times with no tap between: Chrome passes over history
// entries a page added without a fresh tap, so only entries laid at a tap keep the app open
// (H3, H4). page.goBack() cannot show this: it ignores that rule.
import { fileURLToPath } from 'node:url';
import {
  type BrowserContext,
  chromium,
  expect,
  type Page,
  type TestInfo,
  test,
} from '@playwright/test';
import { GUARDS } from '../src/platform/backGuard';
import { Tractus, toFirstHold } from './support/tractus';

const EXTENSION = fileURLToPath(new URL('./support/browser-back', import.meta.url));

/**
 * One browser of its own, with the extension that presses Back as the browser's button does;
 * launched from the desktop project only, once for all projects.
 */
async function withBrowserBack(
  baseURL: string | undefined,
  testInfo: TestInfo,
  run: (page: Page, pressBack: (presses: number) => Promise<string[]>) => Promise<void>,
): Promise<void> {
  test.skip(testInfo.project.name !== 'desktop', 'the browser is launched here, once');
  const context: BrowserContext = await chromium.launchPersistentContext(
    testInfo.outputPath('profile'),
    {
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
    },
  );
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = context.pages()[0] ?? (await context.newPage());
    const host = new URL(baseURL ?? '').host;
    // Every press from the browser, none from the page: nothing in between counts as a tap.
    const pressBack = (presses: number) =>
      worker.evaluate(
        ({ urlPart, times }) =>
          (
            self as unknown as {
              pressBackTimes(u: string, n: number, gap: number): Promise<string[]>;
            }
          ).pressBackTimes(urlPart, times, 400),
        { urlPart: host, times: presses },
      );
    await page.goto('data:text/html,<title>Before</title>');
    await run(page, pressBack);
  } finally {
    await context.close();
  }
}

/** Every address Back led to was the app's. */
function expectAllInApp(urls: string[], baseURL: string | undefined): void {
  const host = new URL(baseURL ?? '').host;
  expect(
    urls.every((url) => url.includes(host)),
    urls.join(' | '),
  ).toBe(true);
}

test('Back pressed again and again in a session, with no tap between, never leaves the app', async ({
  baseURL,
}, testInfo) => {
  await withBrowserBack(baseURL, testInfo, async (page, pressBack) => {
    const { app } = await toFirstHold(page);
    expectAllInApp(await pressBack(GUARDS), baseURL);
    await expect(page).not.toHaveTitle('Before');
    await app.expectPhase('Release');
    await expect(app.caption()).toContainText('Stop — release slowly.');
  });
});

test('Back pressed well past the guards in a session lands on the set-up’s entries, never out', async ({
  baseURL,
}, testInfo) => {
  await withBrowserBack(baseURL, testInfo, async (page, pressBack) => {
    const { app } = await toFirstHold(page);
    // The guards, the session's own entry, and the five below it: technique to welcome.
    expectAllInApp(await pressBack(GUARDS + 5), baseURL);
    await app.expectPhase('(Release|Stopped)');
  });
});

test('Back, Escape, Back, a lone Shift, Back in a session stays in the app', async ({
  baseURL,
}, testInfo) => {
  await withBrowserBack(baseURL, testInfo, async (page, pressBack) => {
    const { app } = await toFirstHold(page);
    const urls = await pressBack(1);
    // Escape (a Stop) and a modifier on its own are no taps: neither may let the next Back leave.
    await page.keyboard.press('Escape');
    urls.push(...(await pressBack(1)));
    await page.keyboard.press('Shift');
    urls.push(...(await pressBack(1)));
    expectAllInApp(urls, baseURL);
    await app.expectPhase('(Release|Stopped)');
  });
});

test('Back pressed again and again in the set-up, with no tap between, walks back to Home, then out', async ({
  baseURL,
}, testInfo) => {
  await withBrowserBack(baseURL, testInfo, async (page, pressBack) => {
    const app = new Tractus(page);
    await app.readyToStart();
    // Start session's screen, Choose a technique, Set up together, Agree how to stop, the check.
    expectAllInApp(await pressBack(5), baseURL);
    await expect(app.heading('Tractus')).toBeVisible();
    await pressBack(1);
    await expect(page).toHaveTitle('Before');
  });
});
