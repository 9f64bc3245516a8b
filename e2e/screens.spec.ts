// Screenshots of every screen (into test-results/), and at 360 px wide no screen scrolls sideways.
import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { scaleText, Tour, Tractus } from './support/tractus';

type TourName = 'firstSession' | 'outcomes' | 'endings';

const TOURS: [TourName, string][] = [
  ['firstSession', 'welcome, screening, preparation, the live session, summary, History, Settings'],
  ['outcomes', 'the screening outcomes, an empty History, form errors and the recovery'],
  ['endings', 'a complete session, sessions ended by a warning or an urgent sign, the charts'],
];

/** Saves a full-page screenshot under the test's output folder and attaches it to the report. */
async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function sideways(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

for (const [tourName, screens] of TOURS) {
  test(`screenshots of ${screens}`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const shot: string[] = [];
    await new Tour(page, async (screen) => {
      shot.push(screen);
      await screenshot(page, testInfo, screen);
    })[tourName]();
    expect(shot.length).toBeGreaterThan(0);
  });
}

interface Narrow {
  name: string;
  reducedMotion: boolean;
  /** The text size, in percent, as a user's browser setting would make it. */
  textPercent: number;
}

const NARROW: Narrow[] = [
  { name: 'at 360 × 640', reducedMotion: false, textPercent: 100 },
  {
    name: 'at 360 × 640 with reduced motion and text at 200%',
    reducedMotion: true,
    textPercent: 200,
  },
];

for (const narrow of NARROW) {
  test.describe(narrow.name, () => {
    test.use({ viewport: { width: 360, height: 640 }, bypassCSP: narrow.textPercent !== 100 });

    for (const [tourName, screens] of TOURS) {
      test(`no sideways scroll, with screenshots: ${screens}`, async ({ page }, testInfo) => {
        test.skip(testInfo.project.name !== 'phone', 'a phone size: run once, as the phone');
        test.setTimeout(90_000);
        if (narrow.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
        if (narrow.textPercent !== 100) await scaleText(page, narrow.textPercent);
        const shot: string[] = [];
        await new Tour(page, async (screen) => {
          shot.push(screen);
          const rootPx = await page.evaluate(() =>
            Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
          );
          expect(rootPx, 'the text size in effect').toBe((16 * narrow.textPercent) / 100);
          await screenshot(page, testInfo, screen);
          const { scrollWidth, clientWidth } = await sideways(page);
          expect
            .soft(scrollWidth, `"${screen}" scrolls sideways at 360 px`)
            .toBeLessThanOrEqual(clientWidth);
        })[tourName]();
        expect(shot.length).toBeGreaterThan(0);
      });
    }
  });
}

test.describe('at 360 × 640 with text at 200%', () => {
  test.use({ viewport: { width: 360, height: 640 }, bypassCSP: true });

  test('the live controls leave room to see the ramp and tap Gentle pull', async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'a phone size: run once, as the phone');
    await scaleText(page, 200);
    const app = new Tractus(page);
    await app.readyToStart('Ankle hold');
    await app.startToRamp();
    const controls = page.getByRole('region', { name: 'Session controls' });
    const box = await controls.boundingBox();
    expect(box?.height ?? 0, 'height of the controls kept on screen').toBeLessThanOrEqual(320);
    await page
      .getByRole('button', { name: 'Gentle pull — hold here' })
      .click({ trial: true, timeout: 3_000 });
  });
});
