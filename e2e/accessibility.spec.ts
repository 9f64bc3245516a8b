// axe-core on every screen, in light and dark, by the device's theme and by the app's own setting;
// and in the live session, where focus goes and that the sticky controls never hide it.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  presetSettings,
  Receiver,
  type TextSize,
  type Theme,
  Tour,
  Tractus,
  toFirstHold,
} from './support/tractus';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Scheme = 'light' | 'dark';

interface ClockedWindow {
  __pwClock?: { builtins: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } };
  __pageTimers?: [typeof setTimeout, typeof clearTimeout];
  setTimeout: typeof setTimeout;
  clearTimeout: typeof clearTimeout;
}

/** Every violation, all impact levels, as "id (impact): help — target, target". */
async function axeViolations(page: Page): Promise<string[]> {
  // axe waits on timers; while a session's clock is paused it gets the browser's own.
  await page.evaluate(() => {
    const w = window as unknown as ClockedWindow;
    if (!w.__pwClock) return;
    w.__pageTimers = [w.setTimeout, w.clearTimeout];
    w.setTimeout = w.__pwClock.builtins.setTimeout;
    w.clearTimeout = w.__pwClock.builtins.clearTimeout;
  });
  try {
    // The app is one frame: axe runs in the page itself rather than finishing in a second, blank
    // page (legacy mode), which halves the time of each check.
    const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
    return results.violations.map(
      (v) =>
        `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  } finally {
    await page.evaluate(() => {
      const w = window as unknown as ClockedWindow;
      if (!w.__pageTimers) return;
      [w.setTimeout, w.clearTimeout] = w.__pageTimers;
      delete w.__pageTimers;
    });
  }
}

/**
 * Waits for running CSS transitions to end: just after a theme switch, colours are part-way
 * (backgrounds fade, text does not), which is not what anyone reads. Finite ones only.
 */
async function transitionsSettled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

interface Variant {
  name: string;
  appTheme: Theme;
  /** The device's colour scheme(s) each screen is checked in. */
  schemes: Scheme[];
}

const DEVICE_THEME: Variant = {
  name: 'the device in light and in dark',
  appTheme: 'system',
  schemes: ['light', 'dark'],
};
const APP_THEMES: Variant[] = [
  { name: 'the app set to Dark on a light device', appTheme: 'dark', schemes: ['light'] },
  { name: 'the app set to Light on a dark device', appTheme: 'light', schemes: ['dark'] },
];

type TourName = 'firstSession' | 'outcomes' | 'endings';

const TOURS: [TourName, string][] = [
  ['firstSession', 'welcome, screening, preparation, the live session, summary, History, Settings'],
  [
    'outcomes',
    'the screening outcomes (Urgent, Avoid, Ask first), an empty History, form errors, recovery',
  ],
  [
    'endings',
    'a complete session, one ended by a warning sign, one by an urgent sign, History’s charts',
  ],
];

async function checkTour(page: Page, tourName: TourName, variant: Variant): Promise<void> {
  if (variant.appTheme !== 'system') await presetSettings(page, { theme: variant.appTheme });
  const first = variant.schemes[0] ?? 'light';
  await page.emulateMedia({ colorScheme: first });
  const visited: string[] = [];
  const tour = new Tour(page, async (screen) => {
    visited.push(screen);
    for (const scheme of variant.schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      await transitionsSettled(page);
      const found = await axeViolations(page);
      expect.soft(found, `axe violations on "${screen}" (${scheme} device)`).toEqual([]);
    }
  });
  await tour[tourName]();
  expect(visited.length).toBeGreaterThan(0);
}

for (const [tourName, screens] of TOURS) {
  test(`no axe violations on ${screens}, with ${DEVICE_THEME.name}`, async ({ page }) => {
    test.setTimeout(180_000);
    await checkTour(page, tourName, DEVICE_THEME);
  });
}

for (const variant of APP_THEMES) {
  test(`no axe violations on the first session's screens, with ${variant.name}`, async ({
    page,
  }, testInfo) => {
    // Only colours differ from the device-theme check above, and they do not depend on the size.
    test.skip(testInfo.project.name !== 'phone', 'a colour check: run once, as the phone');
    test.setTimeout(180_000);
    await checkTour(page, 'firstSession', variant);
  });
}

/** The focused control is on screen and not under the sticky controls: seen and reachable. */
async function expectClearOfControls(control: Locator, where: string): Promise<void> {
  await expect(control, `focus in ${where}`).toBeFocused();
  const seen = await control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const bar = document.querySelector('.live__controls')?.getBoundingClientRect();
    return {
      atCentre: hit === element || element.contains(hit),
      hitInstead: hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing',
      bottom: Math.round(box.bottom),
      barTop: Math.round(bar?.top ?? Number.POSITIVE_INFINITY),
    };
  });
  const name = (await control.getAttribute('aria-label')) ?? (await control.textContent()) ?? '';
  expect.soft(seen.atCentre, `"${name}" in ${where}: ${seen.hitInstead} at its centre`).toBe(true);
  expect
    .soft(seen.bottom, `the bottom of "${name}" against the controls' top in ${where}`)
    .toBeLessThanOrEqual(seen.barTop);
}

const PHONES: { name: string; viewport: { width: number; height: number }; text: TextSize }[] = [
  { name: 'a 390 × 844 phone', viewport: { width: 390, height: 844 }, text: 'normal' },
  {
    name: 'a 320 × 568 phone with Larger text',
    viewport: { width: 320, height: 568 },
    text: 'larger',
  },
];

for (const phone of PHONES) {
  test.describe(`on ${phone.name}`, () => {
    test.use({ viewport: phone.viewport });

    test('every control of the rest takes focus clear of the sticky controls', async ({
      page,
    }, testInfo) => {
      test.skip(testInfo.project.name !== 'phone', 'a phone size: run once, as the phone');
      await presetSettings(page, { textSize: phone.text });
      const { app } = await toFirstHold(page);
      await app.waitForPhase('Rest');
      await app.pauseClock();
      const rest = page.getByRole('region', { name: 'How was that pull?' });
      const where = `the rest on ${phone.name}`;
      // From the top, as the receiver meets the page; the ratings by arrow keys, as radios move.
      await page.evaluate(() => window.scrollTo(0, 0));
      const ratings = rest.getByRole('radio');
      await ratings.first().focus();
      await expectClearOfControls(ratings.first(), where);
      for (let next = 1; next < (await ratings.count()); next++) {
        await page.keyboard.press('ArrowRight');
        await expectClearOfControls(ratings.nth(next), where);
      }
      // Then Tab through the places of discomfort and Continue, until focus leaves the panel.
      const controls = rest.locator('input[type="checkbox"], button');
      const count = await controls.count();
      expect(count).toBeGreaterThan(1);
      for (let next = 0; next < count; next++) {
        await page.keyboard.press('Tab');
        await expectClearOfControls(controls.nth(next), where);
      }
      await app.expectPhase('Rest');
    });
  });
}

test('focus goes to Stop when the control in use goes away, by keyboard', async ({ page }) => {
  const app = new Tractus(page);
  const receiver = new Receiver(page);
  await app.readyToStart('Ankle hold');
  await app.startToRamp();
  const stop = receiver.button('Stop');
  await receiver.button('Gentle pull — hold here').focus();
  await page.keyboard.press('Enter');
  await app.expectPhase('Hold');
  await expect(stop).toBeFocused();
  await app.waitForPhase('Rest');
  await app.pauseClock();
  await page.getByRole('radio', { name: 'Just right', exact: true }).check();
  await app.continueButton().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Next pull' })).toBeVisible();
  await expect(stop).toBeFocused();
  await expect(page).toHaveTitle('Live session – Tractus');
});
