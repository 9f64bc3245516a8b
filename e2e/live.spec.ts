// The live session as the receiver and partner live it: full sessions, every way out, and the controls.
import { expect, type Page, test } from '@playwright/test';
import {
  presetSettings,
  Receiver,
  scaleText,
  type TechniqueName,
  Tractus,
  toFirstHold,
} from './support/tractus';

const SECOND = 1000;
/** The clock moves in steps this long; every deadline of a default session falls on one. */
const STEP = 1000;
/** How long the receiver lets the partner lean back before confirming a gentle pull. */
const RAMP_BEFORE_CONFIRM = 2 * SECOND;

interface PullSeen {
  rampMs: number;
  holdMs: number;
  releaseMs: number;
}

/**
 * The full session below, worked out from its plan (5 minutes; holds of 10 s, growing 5 s a pull
 * to 15 s; 5 s releases; 20 s rests), a 5 s get ready and each ramp confirmed after 2 s. The first
 * pull takes 5 + 2 + 10 + 5 + 20 = 42 s, each later one 5 + 2 + 15 + 5 + 20 = 47 s: the sixth
 * ends at 277 s. A pull starts only if its longest version (5 s get ready, the 20 s ramp cap, the
 * hold, the release and a 10 s shortest rest: 55 s) ends within 300 s, so a seventh does not.
 * Under traction (ramp, hold, release): 2 + 10 + 5 = 17 s, then 5 × (2 + 15 + 5) = 110 s.
 */
const FULL_SESSION = { pulls: 6, tractionMs: 127 * SECOND };

/** m:ss, as the summary writes a duration. */
function minutesAndSeconds(ms: number): string {
  const total = Math.round(ms / SECOND);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

for (const technique of ['Ankle hold', 'Pelvic belt'] as TechniqueName[]) {
  test(`a full ${technique} session: every pull confirmed and rated Just right, through Done to the summary and History`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const app = new Tractus(page);
    const receiver = new Receiver(page);
    await app.readyToStart(technique);
    await expect(
      page.getByText(/Holds of 10 seconds \(up to 15\), a 5-second release/),
    ).toBeVisible();
    // From here the clock moves only when the test runs it, so each phase's length is known.
    await app.pauseClock();
    await app.startButton().click();

    const pulls: PullSeen[] = [];
    let rated = 0;
    for (let ran = 0; ran <= 12 * 60 * SECOND; ran += STEP) {
      const phase = await app.phase();
      const pull = pulls[pulls.length - 1];
      if (phase === 'Done') break;
      if (phase === 'Ramp') {
        pulls.push({ rampMs: RAMP_BEFORE_CONFIRM, holdMs: 0, releaseMs: 0 });
        await app.wait(RAMP_BEFORE_CONFIRM);
        await receiver.confirmGentlePull();
        await app.expectPhase('Hold');
        ran += RAMP_BEFORE_CONFIRM;
        continue;
      }
      if (phase === 'Hold' && pull) pull.holdMs += STEP;
      if (phase === 'Release' && pull) pull.releaseMs += STEP;
      if (phase === 'Rest' && rated < pulls.length) {
        await receiver.rate('Just right');
        await app.continueButton().click();
        await expect(page.getByRole('heading', { name: 'Next pull' })).toBeVisible();
        await expect(
          page.getByText(/^The same pull(, held a little longer)?\. Hold for 15 seconds\.$/),
        ).toBeVisible();
        rated += 1;
      }
      await app.wait(STEP);
    }
    await app.expectPhase('Done');
    await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stop', exact: true })).toHaveCount(0);
    await page.clock.resume();

    // Five minutes in all: a first hold of 10 s, then Just right grows it by 5 s to the 15 s cap.
    expect(pulls).toHaveLength(FULL_SESSION.pulls);
    expect(rated).toBe(pulls.length);
    expect(pulls.map((p) => p.holdMs)).toEqual(
      pulls.map((_, i) => (i === 0 ? 10 * SECOND : 15 * SECOND)),
    );
    expect(pulls.every((p) => p.releaseMs === 5 * SECOND)).toBe(true);
    const tractionMs = pulls.reduce((sum, p) => sum + p.rampMs + p.holdMs + p.releaseMs, 0);
    expect(tractionMs).toBe(FULL_SESSION.tractionMs);

    await app.continueButton().click();
    await expect(app.heading('After the session')).toBeVisible();
    await app.choosePainAfter(2);
    await expect(app.fact('Pulls')).toHaveText(String(pulls.length));
    await expect(app.fact('Time under traction')).toHaveText(minutesAndSeconds(tractionMs));
    await expect(app.fact('Longest hold')).toHaveText('15 s');
    // The arrow is for the eye; a screen reader hears the words.
    await expect(app.fact('Pain before and after').locator('[aria-hidden="true"]')).toHaveText(
      '4 → 2',
    );
    await expect(app.fact('Pain before and after')).toContainText('4 before, 2 after');
    // Every pull was comfortable and pain fell: the plan grows a little.
    await expect(page.getByText('A little more next time.')).toBeVisible();
    await expect(page.getByText(/holds of 15 seconds \(up to 20\)/)).toBeVisible();
    await app.continueButton().click();

    // The same session, as History keeps it.
    await expect(app.heading('Tractus')).toBeVisible();
    await page.getByRole('button', { name: 'History' }).click();
    await expect(app.heading('History')).toBeVisible();
    await page.getByRole('button', { name: /^Details/ }).click();
    await expect(app.heading(/^Session on/)).toBeVisible();
    await expect(app.fact('Pulls')).toHaveText(String(pulls.length));
    await expect(app.fact('How it ended')).toHaveText('Finished as planned');
    const minutes = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
    await expect(app.fact('Under traction')).toHaveText(
      `${minutes.format(tractionMs / 60_000)} min`,
    );
    await expect(page.getByRole('heading', { level: 3, name: /^Pull \d+$/ })).toHaveCount(
      pulls.length,
    );
  });
}

test('the plan for next time names the technique just used', async ({ page }) => {
  const { app, receiver } = await toFirstHold(page, 'Pelvic belt');
  await app.waitForPhase('Rest');
  await receiver.stop();
  await app.giveStopReason('Finished');
  await page.getByRole('button', { name: 'End the session' }).click();
  await app.continueButton().click();
  await expect(app.heading('After the session')).toBeVisible();
  await expect(page.getByText(/^Pelvic belt: holds of/)).toBeVisible({ timeout: 2_000 });
});

/** After a warning sign at the stop check: the advice, and nothing left but the summary. */
async function expectEndedWithAdvice(app: Tractus): Promise<void> {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Session ended' }).getByRole('alert')).toHaveText(
    /Stop for today\. Get professional advice before the next session\./,
  );
  await expect(app.status()).toHaveText(/^Stopped — the session has ended/);
  // Only the way on to the summary is left: no carry on, no pull, no live controls.
  await expect(page.getByRole('main').getByRole('button')).toHaveText(['Continue']);
  await app.wait(60 * SECOND);
  await expect(app.status()).toHaveText(/^Stopped/);
  await expect(page.getByRole('button', { name: 'Gentle pull — hold here' })).toHaveCount(0);
}

test('Stop during the ramp: a slow release, the stop check, and numbness ends the session', async ({
  page,
}) => {
  const app = new Tractus(page);
  const receiver = new Receiver(page);
  await app.readyToStart('Ankle hold');
  await app.startToRamp();
  await receiver.stop();
  await app.expectPhase('Release');
  await expect(app.caption()).toContainText('Stop — release slowly.');
  await expect(page.getByRole('heading', { name: 'Why did you stop?' })).toHaveCount(0);
  await app.waitForPhase('Stopped');
  await app.giveStopReason('New numbness, tingling or weakness');
  await expectEndedWithAdvice(app);
});

test('Stop during the hold: a slow release, the stop check, and dizziness ends the session', async ({
  page,
}) => {
  const { app, receiver } = await toFirstHold(page);
  await receiver.stop();
  await app.expectPhase('Release');
  await expect(app.caption()).toContainText('Stop — release slowly.');
  await expect(page.getByRole('heading', { name: 'Why did you stop?' })).toHaveCount(0);
  await app.waitForPhase('Stopped');
  await app.giveStopReason('Dizziness or feeling sick');
  await expectEndedWithAdvice(app);
});

test('Pain during the hold: a slow release, the stop check, and sharp pain ends the session', async ({
  page,
}) => {
  const { app, receiver } = await toFirstHold(page);
  await receiver.pain();
  await app.expectPhase('Release');
  await expect(app.caption()).toContainText('Stop — release slowly.');
  await app.waitForPhase('Stopped');
  await app.giveStopReason('Sharp pain, or pain spreading down a leg');
  await expectEndedWithAdvice(app);
});

test('the rest asks for exactly Too gentle, Just right, Too strong or Painful; Stop there goes straight to the stop check', async ({
  page,
}) => {
  const { app, receiver } = await toFirstHold(page);
  await app.waitForPhase('Rest');
  const ratings = page
    .getByRole('group', { name: 'Receiver: how did it feel?' })
    .getByRole('radio');
  const names = ['Too gentle', 'Just right', 'Too strong', 'Painful'];
  await expect(ratings).toHaveCount(names.length);
  for (const [i, name] of names.entries()) {
    await expect(ratings.nth(i)).toHaveAccessibleName(name);
  }
  await receiver.stop();
  // Nothing to release and no clock run: the stop check is there at once.
  await app.expectPhase('Stopped');
  await expect(page.getByRole('heading', { name: 'Why did you stop?' })).toBeVisible();
});

test('an urgent sign at the stop check ends the session with urgent advice', async ({ page }) => {
  const { app, receiver } = await toFirstHold(page);
  await receiver.pain();
  await app.waitForPhase('Stopped');
  await app.giveStopReason(/controlling bladder or bowels/);
  await expect(page.getByRole('region', { name: 'Session ended' }).getByRole('alert')).toHaveText(
    /Seek urgent medical care now/,
  );
  await expect(page.getByRole('main').getByRole('button')).toHaveText(['Continue']);
});

test('Pause during the hold: a slow release, Paused, then Resume starts a new Get ready', async ({
  page,
}) => {
  const { app, receiver } = await toFirstHold(page);
  await receiver.pause();
  await app.expectPhase('Release');
  await expect(app.caption()).toContainText('Pausing — release slowly.');
  await app.waitForPhase('Paused');
  await expect(page.getByRole('heading', { name: 'Paused' })).toBeVisible();
  // Paused is not timed: it waits for the receiver, however long.
  await app.wait(120 * SECOND);
  await app.expectPhase('Paused');
  await receiver.resume();
  await app.expectPhase('Get ready');
  await expect(receiver.button('Pause')).toBeVisible();
});

test('Ease off during the hold: the partner is told to ease off and the hold goes on', async ({
  page,
}) => {
  const { app, receiver } = await toFirstHold(page);
  await receiver.easeOff();
  await expect(app.caption()).toContainText('Ease off a little and keep it steady.');
  await app.expectPhase('Hold');
  await app.wait(2 * SECOND);
  await app.expectPhase('Hold');
});

test('Space and Escape each stop a hold like the Stop button', async ({ page }) => {
  const { app, receiver } = await toFirstHold(page);
  await page.keyboard.press('Space');
  await app.expectPhase('Release');
  await expect(app.caption()).toContainText('Stop — release slowly.');
  await app.waitForPhase('Stopped');
  await app.giveStopReason('Finished');
  await page.getByRole('button', { name: 'Carry on' }).click();

  await app.waitForPhase('Ramp');
  await receiver.confirmGentlePull();
  await app.expectPhase('Hold');
  await page.keyboard.press('Escape');
  await app.expectPhase('Release');
  await expect(app.caption()).toContainText('Stop — release slowly.');
  await app.waitForPhase('Stopped');
  await expect(page.getByRole('heading', { name: 'Why did you stop?' })).toBeVisible();
});

test('the system Back stops a hold and keeps the app open, and once the session has ended keeps its end', async ({
  page,
}) => {
  // A page before the app, for Back to leave to.
  await page.goto('data:text/html,<title>Before</title>');
  const { app } = await toFirstHold(page);
  const inApp = page.url();
  await page.goBack({ waitUntil: 'commit' });
  await app.expectPhase('Release');
  await expect(app.caption()).toContainText('Stop — release slowly.');
  expect(page.url()).toBe(inApp);
  await app.waitForPhase('Stopped');
  // Again at "why did you stop?": the app stays, the question with it.
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.getByRole('heading', { name: 'Why did you stop?' })).toBeVisible();
  expect(page.url()).toBe(inApp);
  await app.giveStopReason('Finished');
  await page.getByRole('button', { name: 'End the session' }).click();
  await app.expectPhase('Done');
  // Over, but not yet left: Back keeps the end, whose Continue leads to the pain after.
  await page.goBack({ waitUntil: 'commit' });
  await app.expectPhase('Done');
  expect(page.url()).toBe(inApp);
});

test('in the rest, the arrow keys choose a rating and Space on a rating is Stop', async ({
  page,
}) => {
  const { app } = await toFirstHold(page);
  await app.waitForPhase('Rest');
  await page.getByRole('radio', { name: 'Too gentle', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Just right', exact: true })).toBeChecked();
  await app.expectPhase('Rest');
  await page.keyboard.press('Space');
  // Nothing to release in the rest: the stop check is there at once.
  await app.expectPhase('Stopped');
  await expect(page.getByRole('heading', { name: 'Why did you stop?' })).toBeVisible();
});

test('in the rest, Space ticks a place of discomfort and Escape there is Stop', async ({
  page,
}) => {
  const { app } = await toFirstHold(page);
  await app.waitForPhase('Rest');
  const knees = page.getByRole('checkbox', { name: 'Knees' });
  await knees.focus();
  await page.keyboard.press('Space');
  await expect(knees).toBeChecked();
  await app.expectPhase('Rest');
  await page.keyboard.press('Escape');
  await app.expectPhase('Stopped');
  await expect(page.getByRole('heading', { name: 'Why did you stop?' })).toBeVisible();
});

test('a ramp nobody confirms is prompted, then released at 20 seconds and never held', async ({
  page,
}) => {
  const app = new Tractus(page);
  await app.readyToStart('Pelvic belt');
  await app.pauseClock();
  await app.startButton().click();
  await app.wait(5 * SECOND);
  await app.expectPhase('Ramp');
  for (let ran = 0; ran < 20 * SECOND; ran += STEP) {
    expect(await app.phase()).toBe('Ramp');
    if (ran === 10 * SECOND) {
      await expect(app.caption()).toContainText('Receiver, tap when it is a gentle pull.');
    }
    await app.wait(STEP);
  }
  await app.expectPhase('Release');
  await expect(app.caption()).toContainText('No confirmation — release slowly.');
  await expect(page.getByRole('button', { name: 'Gentle pull — hold here' })).toHaveCount(0);
  for (let ran = 0; ran < 5 * SECOND; ran += STEP) {
    expect(await app.phase()).toBe('Release');
    await app.wait(STEP);
  }
  await app.expectPhase('Rest');
});

/** Every button on screen as "name: width × height", with its area, Stop's apart. */
async function buttonAreas(page: Page): Promise<{ stop: number; others: [string, number][] }> {
  const seen = await page.getByRole('button').evaluateAll((buttons) =>
    buttons
      .map((button) => {
        const { width, height } = button.getBoundingClientRect();
        const name = (button.textContent ?? '').trim();
        return { name, width, height };
      })
      .filter(({ width, height }) => width > 0 && height > 0),
  );
  const label = (b: { name: string; width: number; height: number }) =>
    `${b.name}: ${Math.round(b.width)} × ${Math.round(b.height)}`;
  const stop = seen.find((b) => b.name === 'Stop');
  return {
    stop: stop ? stop.width * stop.height : 0,
    others: seen.filter((b) => b !== stop).map((b) => [label(b), b.width * b.height]),
  };
}

/** Stop's box is larger than every other button's on the screen now. */
async function expectStopLargest(page: Page, where: string): Promise<void> {
  const { stop, others } = await buttonAreas(page);
  expect(stop, `Stop on screen in ${where}`).toBeGreaterThan(0);
  for (const [name, area] of others) {
    expect
      .soft(area, `${name} against Stop's ${Math.round(stop)} px² in ${where}`)
      .toBeLessThan(stop);
  }
}

/**
 * Stop is wholly on screen, without scrolling, and nothing covers it: the element at its centre is
 * Stop itself, so a finger there reaches it.
 */
async function expectStopInReach(page: Page, where: string): Promise<void> {
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  await expect(stop, `Stop wholly on screen in ${where}`).toBeInViewport({ ratio: 1 });
  const hit = await stop.evaluate((button) => {
    const { x, y, width, height } = button.getBoundingClientRect();
    const there = document.elementFromPoint(x + width / 2, y + height / 2);
    return there === null
      ? 'nothing'
      : button.contains(there)
        ? 'Stop'
        : there.outerHTML.slice(0, 80);
  });
  expect(hit, `what a finger at Stop's centre touches in ${where}`).toBe('Stop');
}

/** The phase's name and its count are on screen: the page was not left scrolled past them. */
async function expectPhaseInSight(page: Page, where: string): Promise<void> {
  await expect(page.locator('.phase__name'), `the phase name in ${where}`).toBeInViewport({
    ratio: 1,
  });
  await expect(page.locator('.countdown'), `the count in ${where}`).toBeInViewport({ ratio: 1 });
}

interface TextSetting {
  name: string;
  /** A browser text size, in percent of normal. */
  browserPercent?: number;
  appTextSize?: 'larger';
}

const TEXT_SETTINGS: TextSetting[] = [
  { name: 'normal text' },
  { name: 'the browser’s text at 200%', browserPercent: 200 },
  { name: 'the app’s Larger text', appTextSize: 'larger' },
];

for (const text of TEXT_SETTINGS) {
  const narrow = text.browserPercent !== undefined || text.appTextSize !== undefined;
  test.describe(narrow ? `at 360 × 640 with ${text.name}` : 'at the device’s own size', () => {
    if (narrow) test.use({ viewport: { width: 360, height: 640 }, bypassCSP: true });

    test('Stop is the largest button, on screen and uncovered, in the ramp, the hold and the rest, and on screen when paused; a tap on it releases, then stops', async ({
      page,
    }, testInfo) => {
      test.skip(
        narrow && testInfo.project.name !== 'phone',
        'a phone size: run once, as the phone',
      );
      if (text.browserPercent) await scaleText(page, text.browserPercent);
      if (text.appTextSize) await presetSettings(page, { textSize: text.appTextSize });
      const app = new Tractus(page);
      const receiver = new Receiver(page);
      await app.readyToStart('Ankle hold');
      await app.pauseClock();
      await app.startButton().click();
      await app.waitForPhase('Ramp');
      await expectPhaseInSight(page, 'the ramp, after Start session at the foot of the recap');
      await expectStopLargest(page, 'the ramp');
      await expectStopInReach(page, 'the ramp');
      await receiver.confirmGentlePull();
      await app.expectPhase('Hold');
      await expectStopLargest(page, 'the hold');
      await expectStopInReach(page, 'the hold');
      await app.waitForPhase('Rest');
      await expect(page.getByRole('radio', { name: 'Just right', exact: true })).toBeVisible();
      await expectStopLargest(page, 'the rest');
      await expectStopInReach(page, 'the rest');

      // The next pull, paused in its hold.
      await receiver.rateAndContinue('Just right');
      await app.wait(100); // a frame or two of the paused clock: the scroll follows the paint
      await expectPhaseInSight(page, 'the rest, after the rating’s Continue');
      await app.waitForPhase('Ramp');
      await receiver.confirmGentlePull();
      await app.expectPhase('Hold');
      await receiver.pause();
      await app.waitForPhase('Paused');
      await expectStopInReach(page, 'the pause');

      // Resumed, then stopped mid-hold by a finger on the screen, not an event sent to the button.
      await receiver.resume();
      await app.waitForPhase('Ramp');
      await receiver.confirmGentlePull();
      await app.expectPhase('Hold');
      await receiver.tapStop();
      await app.expectPhase('Release');
      await expect(app.caption()).toContainText('Stop — release slowly.');
      await app.waitForPhase('Stopped');
      await expect(page.getByRole('heading', { name: 'Why did you stop?' })).toBeVisible();
    });
  });
}
