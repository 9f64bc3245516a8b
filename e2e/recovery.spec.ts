// A reload mid-hold reopens on recovery (partner: release) and keeps the record (H3, H11).
import { expect, test } from '@playwright/test';
import { Receiver, Tractus, toFirstHold } from './support/tractus';

type HeadingWindow = Window & { __headings?: string[] };

/** Runs before the app: notes every level-one heading in the order it first appears. */
function recordHeadings(): void {
  const page = window as HeadingWindow;
  page.__headings = [];
  const note = () => {
    for (const heading of document.querySelectorAll('h1')) {
      const text = heading.textContent?.trim() ?? '';
      if (text !== '' && page.__headings?.at(-1) !== text) page.__headings?.push(text);
    }
  };
  new MutationObserver(note).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });
}

test('a reload mid-hold opens on recovery; the session is kept as interrupted', async ({
  page,
}) => {
  const app = new Tractus(page);
  const receiver = new Receiver(page);
  await app.readyToStart('Ankle hold');

  // Pull 1: confirmed, held, released and rated.
  await app.startButton().click();
  await app.waitForPhase('Ramp');
  await app.wait(2_000);
  await receiver.confirmGentlePull();
  await app.expectPhase('Hold');
  await app.waitForPhase('Rest');
  await receiver.rateAndContinue('Just right');

  // Pull 2: the app closes in the middle of its hold.
  await app.waitForPhase('Get ready');
  await app.waitForPhase('Ramp');
  await app.wait(2_000);
  await receiver.confirmGentlePull();
  await app.expectPhase('Hold');
  await app.wait(3_000);
  // The hold has been saved (every phase change is); only then is the page pulled away.
  await expect.poll(() => app.savedPulls()).toBe(2);

  await page.addInitScript(recordHeadings);
  await page.reload();

  await expect(
    page.getByRole('heading', { level: 1, name: 'The session was interrupted' }),
  ).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Partner: release slowly now.' }),
  ).toBeVisible();
  // Nothing came before it: not Welcome, not Home, not a screen of the session.
  expect(await page.evaluate(() => (window as HeadingWindow).__headings)).toEqual([
    'The session was interrupted',
  ]);
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toHaveCount(0);
  // Off the session's Back guards again: outside a session, Back leaves as usual.
  await expect.poll(() => page.evaluate(() => window.history.state)).toBeNull();
  // The release is counted out over the plan's release time (5 s), then the count is gone.
  const count = page.locator('.recovery__count');
  await expect(count).toHaveText(/^[1-5]$/);
  await app.wait(5_000);
  await expect(count).toHaveCount(0);

  await page.getByRole('button', { name: 'We have released — continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'After the session' })).toBeVisible();
  await expect(app.fact('Pulls')).toHaveText('2');
  await app.answerPainAfter(3);

  await app.openHistory();
  await expect(app.sessionCards()).toHaveCount(1);
  const card = app.sessionCards().first();
  await expect(card).toContainText('Interrupted: the app closed before the session ended');
  await card.getByRole('button', { name: /^Details of the session on/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^Session on / })).toBeVisible();
  await expect(app.fact('How it ended')).toHaveText(
    'Interrupted: the app closed before the session ended',
  );
  await expect(app.fact('Pulls')).toHaveText('2');
  const pulls = page.locator('.pull-list > li');
  await expect(pulls).toHaveCount(2);
  const first = pulls.nth(0);
  await expect(first.getByRole('heading', { name: 'Pull 1' })).toBeVisible();
  await expect(first).toContainText('the receiver confirmed a gentle pull');
  await expect(first).toContainText('The hold was complete');
  await expect(first).toContainText('Just right');
  const second = pulls.nth(1);
  await expect(second.getByRole('heading', { name: 'Pull 2' })).toBeVisible();
  await expect(second).toContainText('Not recorded (the app closed)');
  await expect(second).toContainText('Not rated');
});

test('the app closes after a Stop, before "why did you stop?": recovery asks it, and a warning sign gets its advice', async ({
  page,
}) => {
  const { app, receiver } = await toFirstHold(page);
  await app.wait(2_000);
  await receiver.stop();
  await app.expectPhase('Release');
  // The stop is saved the moment it is pressed; the page is pulled away mid-release.
  await expect.poll(() => app.savedStops()).toBe(1);
  await page.reload();

  await page.getByRole('button', { name: 'We have released — continue' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'One question before the summary' }),
  ).toBeVisible();
  await app.giveStopReason('New numbness, tingling or weakness');
  await expect(page.getByRole('alert')).toContainText(
    'Stop for today. Get professional advice before the next session.',
  );
  await app.continueButton().click();
  await app.answerPainAfter(4);

  // The next session's check asks about it again.
  await page.getByRole('button', { name: 'Begin a session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anything changed?' })).toBeVisible();
  await expect(page.getByText('Your last session ended early')).toBeVisible();
  await expect(
    page.getByRole('group', {
      name: /numbness, tingling or weakness that your last session ended with/,
    }),
  ).toBeVisible();
});

/** A first run to Home, the plan's release set in Settings, then on to Start session. */
async function readyWithRelease(app: Tractus, seconds: number): Promise<void> {
  const { page } = app;
  await app.settingsAfterFirstRun();
  await page.getByRole('spinbutton', { name: /^Release \(seconds\)/ }).fill(String(seconds));
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await app.againToStart();
  await expect(page.getByText(`a ${seconds}-second release`, { exact: false })).toBeVisible();
}

test('the app goes out of sight mid-hold and is closed there: the hold is kept as long as it ran', async ({
  page,
}) => {
  const { app } = await toFirstHold(page);
  await expect.poll(() => app.savedPulls()).toBe(1);
  await app.wait(4_000);
  // The clock stops about six seconds into the 10 s hold, so the hold cannot end on its own; then
  // the phone is locked there, and the system closes the app unseen.
  await app.pauseClock();
  await app.goOutOfSight();
  await app.wait(100);
  await expect.poll(() => app.savedLastHoldMs()).toBeGreaterThanOrEqual(6_000);
  await page.clock.resume();
  await page.reload();

  await expect(app.heading('The session was interrupted')).toBeVisible();
  await page.getByRole('button', { name: 'We have released — continue' }).click();
  await app.answerPainAfter(3);
  await app.openHistory();
  await app
    .sessionCards()
    .first()
    .getByRole('button', { name: /^Details of the session on/ })
    .click();
  const pull = page.locator('.pull-list > li').first();
  await expect(pull.getByRole('heading', { name: 'Pull 1' })).toBeVisible();
  await expect(pull).toContainText(/Hold6(\.\d)? s held of 10 s planned/);
  await expect(pull).toContainText('Not recorded (the app closed)');
});

test("recovery counts the release out over the interrupted plan's own release time, not the default's", async ({
  page,
}) => {
  const app = new Tractus(page);
  const receiver = new Receiver(page);
  // 8 s, where the default plan's release is 5 s.
  await readyWithRelease(app, 8);
  await app.startToRamp();
  await receiver.confirmGentlePull();
  await app.expectPhase('Hold');
  await expect.poll(() => app.savedPulls()).toBe(1);

  // From here the clock moves only when the test runs it: each number is seen as it is shown.
  await app.pauseClock();
  await page.reload();
  const releaseNow = page.getByRole('alert').filter({ hasText: 'Partner: release slowly now.' });
  // Opening takes a few of the app's own timers: a tenth of a second at a time until it is up.
  for (let ran = 0; ran < 900 && (await releaseNow.count()) === 0; ran += 100) {
    await app.wait(100);
  }
  await expect(releaseNow).toBeVisible();
  const count = page.locator('.recovery__count');
  const shown: string[] = [];
  for (let second = 0; second < 8; second++) {
    // Read without waiting: a count already gone reads as nothing.
    shown.push((await count.allTextContents()).join(''));
    await app.wait(1_000);
  }
  expect(shown).toEqual(['8', '7', '6', '5', '4', '3', '2', '1']);
  await expect(count).toHaveCount(0);
});
