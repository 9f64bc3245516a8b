// A returning user's way about: out of Ready to start, the stop agreed last time, a fresh start.
import { expect, test } from '@playwright/test';
import { Tractus } from './support/tractus';

test('Ready to start is no dead end, and after a restart the agreement offers the stop agreed last time', async ({
  page,
}) => {
  const app = new Tractus(page);
  await app.open();
  await app.acknowledgeWelcome();
  await app.answerScreening();
  await app.agree('Enough');
  await app.setUp();
  await app.chooseTechnique('Ankle hold');
  await expect(app.startButton()).toBeVisible();
  await page.getByRole('button', { name: 'Not now, back to Home' }).click();
  await expect(page.getByRole('button', { name: 'Begin a session' })).toBeVisible();

  // Closed and opened again: the stop word and signal are offered; both confirm afresh.
  await app.reopen();
  await page.getByRole('button', { name: 'Begin a session' }).click();
  await app.answerScreening();
  await expect(page.getByRole('heading', { level: 1, name: 'Agree how to stop' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Stop word' })).toHaveValue('Enough');
  await expect(page.getByRole('radio', { name: 'Two taps on the partner’s arm' })).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Receiver: I will use this signal' }),
  ).not.toBeChecked();
  await expect(
    page.getByRole('group', { name: /how much back pain/ }).getByRole('radio', { checked: true }),
  ).toHaveCount(0);

  // Once the session has started, there is no way out but its own end.
  await app.agree('Enough');
  await app.setUp();
  await app.chooseTechnique('Ankle hold');
  await app.startButton().click();
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Not now, back to Home' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Home', exact: true })).toHaveCount(0);
});

test('after Delete all, the welcome comes first again', async ({ page }) => {
  const app = new Tractus(page);
  await app.open();
  await app.acknowledgeWelcome();
  await app.expectWelcomeSaved();
  await app.reopen();
  await app.deleteAllData();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Tractus' })).toBeVisible();
});

test('a plan changed in Settings goes with Delete all, and no copy of it is left on the device', async ({
  page,
}) => {
  const app = new Tractus(page);
  const release = page.getByRole('spinbutton', { name: /^Release \(seconds\)/ });
  await app.settingsAfterFirstRun();
  await release.fill('8');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  // The plan is the profile's: kept over a restart, and never among the stored settings.
  await app.reopen();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(release).toHaveValue('8');
  const storedSettings = () => page.evaluate(() => localStorage.getItem('tractus.settings') ?? '');
  expect(await storedSettings()).not.toContain('plan');
  await page.getByRole('button', { name: 'Back', exact: true }).click();

  await app.deleteAllData();
  await app.acknowledgeWelcome();
  await app.expectWelcomeSaved();
  await app.reopen();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(release).toHaveValue('5');
  expect(await storedSettings()).not.toContain('plan');
});
