// The system Back between screens (page.goBack(), as Android's gesture or the browser's button):
// a step back at a time, never off a screen whose question must be answered, and out from Home.
import { expect, test } from '@playwright/test';
import { Receiver, Tractus, toFirstHold } from './support/tractus';

const BEFORE = 'data:text/html,<title>Before</title>';

test('Back walks the set-up back a step at a time, keeping the stop word, then Home, then out', async ({
  page,
}) => {
  await page.goto(BEFORE);
  const app = new Tractus(page);
  await app.open();
  await app.acknowledgeWelcome();
  await app.answerScreening();
  await app.agree('Enough');
  await app.setUp();
  await expect(app.heading('Choose a technique')).toBeVisible();

  await page.goBack({ waitUntil: 'commit' });
  await expect(app.heading('Set up together')).toBeVisible();
  await page.goBack({ waitUntil: 'commit' });
  await expect(app.heading('Agree how to stop')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Stop word' })).toHaveValue('Enough');
  await page.goBack({ waitUntil: 'commit' });
  await expect(app.heading('Safety questions')).toBeVisible();
  await page.goBack({ waitUntil: 'commit' });
  await expect(app.heading('Tractus')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveTitle('Before');
});

test('after a session, Back stays on the end and the summary; in History it returns to the session', async ({
  page,
}) => {
  const { app } = await toFirstHold(page);
  const receiver = new Receiver(page);
  await receiver.stop();
  await app.waitForPhase('Stopped');
  await receiver.endAfterStop();
  await app.expectPhase('Done');
  // The end and the summary are not left by Back: the pain after and the next plan depend on them.
  await page.goBack({ waitUntil: 'commit' });
  await app.expectPhase('Done');
  await app.continueButton().click();
  await expect(app.heading('After the session')).toBeVisible();
  await page.goBack({ waitUntil: 'commit' });
  await expect(app.heading('After the session')).toBeVisible();
  await app.answerPainAfter(2);

  await app.openHistory();
  await page
    .getByRole('button', { name: /^Details/ })
    .first()
    .click();
  await expect(app.heading(/^Session/)).toBeVisible();
  await page.goBack({ waitUntil: 'commit' });
  await expect(app.heading('History')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Details/ }).first()).toBeFocused();
  await page.goBack({ waitUntil: 'commit' });
  await expect(app.heading('Tractus')).toBeVisible();
});

test('after a reload mid-hold, Back on the summary stays: the pain after is still to come', async ({
  page,
}) => {
  await page.goto(BEFORE);
  const { app } = await toFirstHold(page);
  await page.reload();
  await expect(app.heading('The session was interrupted')).toBeVisible();
  await page.getByRole('button', { name: 'We have released — continue' }).click();
  await expect(app.heading('After the session')).toBeVisible();
  await page.goBack({ waitUntil: 'commit' });
  await expect(app.heading('After the session')).toBeVisible();
  await app.answerPainAfter(2);
});

test('Back from Settings comes Home', async ({ page }) => {
  const app = new Tractus(page);
  await app.settingsAfterFirstRun();
  await page.goBack({ waitUntil: 'commit' });
  await expect(app.heading('Tractus')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
});
