// Settings and the sounds they leave: Stop always sounds (H9), and settings that could not be read
// at start are never written over by the next change.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { presetSettings, Receiver, Tractus } from './support/tractus';
import { wordsIn } from './support/words';

const t = wordsIn('en');

type SoundWindow = Window & { __waves?: string[] };

/** Runs before the app: the wave of each sound started (triangle is Stop's, sine a beep's). */
function recordWaves(): void {
  const page = window as SoundWindow;
  page.__waves = [];
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (when?: number) {
    page.__waves?.push(this.type);
    start.call(this, when);
  };
}

const waves = (page: Page) => page.evaluate(() => (window as SoundWindow).__waves ?? []);

/** Runs before the app, once per tab: the stored settings cannot be read on this load. */
function settingsUnreadableOnce(): void {
  if (sessionStorage.getItem('e2e-settings-unreadable') !== null) return;
  sessionStorage.setItem('e2e-settings-unreadable', 'done');
  const getItem = Storage.prototype.getItem;
  Storage.prototype.getItem = function (key: string) {
    if (this === localStorage && key === 'tractus.settings') {
      throw new DOMException('The settings cannot be read.', 'SecurityError');
    }
    return getItem.call(this, key);
  };
}

test('with voice and beeps off only Stop sounds: Settings says so, the audio check plays it, a stop makes it', async ({
  page,
}) => {
  await page.addInitScript(recordWaves);
  const app = new Tractus(page);
  const receiver = new Receiver(page);
  await app.settingsAfterFirstRun();
  await page.getByRole('checkbox', { name: t('settings.voice.on') }).uncheck();
  await page.getByRole('checkbox', { name: t('settings.cues.beeps') }).uncheck();
  // Beside both switches.
  await expect(page.getByText(t('settings.cues.silent'))).toHaveCount(2);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(axe.violations).toEqual([]);
  await page.getByRole('button', { name: 'Back', exact: true }).click();

  await app.againToStart();
  // The audio check played the one sound such a session makes, and nothing else.
  expect(await waves(page)).toEqual(['triangle']);
  await app.startToRamp();
  await receiver.confirmGentlePull();
  await app.expectPhase('Hold');
  // Get ready, the ramp, the hold and their counts: shown, not sounded.
  expect(await waves(page)).toEqual(['triangle']);
  await receiver.stop();
  await app.expectPhase('Release');
  expect(await waves(page)).toEqual(['triangle', 'triangle']);
});

test('settings that could not be read at start survive a change: it lasts until Tractus closes, and says so', async ({
  page,
}) => {
  await presetSettings(page, { theme: 'dark', textSize: 'larger' });
  const app = new Tractus(page);
  await app.settingsAfterFirstRun();
  const dark = () => page.getByRole('radio', { name: t('settings.theme.dark') });
  const larger = () => page.getByRole('radio', { name: t('settings.textSize.larger') });
  await expect(dark()).toBeChecked();

  await page.addInitScript(settingsUnreadableOnce);
  await app.reopen();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByText(t('storage.message.settingsUnreadable'))).toBeVisible();
  await page.getByRole('radio', { name: t('settings.theme.light') }).check();
  await expect(page.getByRole('alert')).toContainText(t('storage.message.settingsKeptUnsaved'));

  await app.reopen();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(dark()).toBeChecked();
  await expect(larger()).toBeChecked();
});
