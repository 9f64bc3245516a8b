// After a session ends on a warning sign, the next session's check asks about it again first.
import { expect, test } from '@playwright/test';
import { Receiver, Tractus, toFirstHold, URGENT_TODAY } from './support/tractus';

const DIZZINESS = /dizziness or nausea again since your last session/;

test('after a session ended by dizziness, the next check names it, asks again, and a yes needs a professional first', async ({
  page,
}) => {
  const { app, receiver } = await toFirstHold(page);
  await receiver.stop();
  await app.waitForPhase('Stopped');
  await app.giveStopReason('Dizziness or feeling sick');
  await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
  await app.finishAfterSession(3);

  // The next session, the same day: the short check, led by how the last one ended.
  await page.getByRole('button', { name: 'Begin a session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anything changed?' })).toBeVisible();
  const notice = page.getByText('Your last session ended early');
  await expect(notice).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Dizziness or feeling sick' }),
  ).toBeVisible();
  const section = page.getByRole('region', { name: 'About how your last session ended' });
  await expect(section.getByRole('group', { name: DIZZINESS })).toBeVisible();

  // Unanswered, it holds the check back like any other question.
  await app.continueButton().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anything changed?' })).toBeVisible();

  await app.answerScreening([DIZZINESS]);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Talk to a health professional first' }),
  ).toBeVisible();
  await expect(app.startButton()).toHaveCount(0);
  await app.confirmProfessional();
  await app.agree();
  await app.setUp();
  await app.chooseTechnique('Ankle hold');
  await expect(app.startButton()).toBeVisible();
});

test('after a session that ended without a warning sign, the check asks nothing extra', async ({
  page,
}) => {
  const app = new Tractus(page);
  const receiver = new Receiver(page);
  await app.readyToStart('Pelvic belt');
  await app.startButton().click();
  await app.expectPhase('Get ready');
  await receiver.stop();
  await receiver.endAfterStop('Just wanted to stop');
  await app.finishAfterSession(2);
  await page.getByRole('button', { name: 'Begin a session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anything changed?' })).toBeVisible();
  await expect(page.getByText('Your last session ended early')).toHaveCount(0);
  await expect(page.getByRole('group', { name: DIZZINESS })).toHaveCount(0);
});

test('after a session ended by an urgent sign, Home shows the urgent advice the same day, not a way into the check', async ({
  page,
}) => {
  const { app, receiver } = await toFirstHold(page);
  await receiver.pain();
  await app.waitForPhase('Stopped');
  await app.giveStopReason(/controlling bladder or bowels/);
  await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
  await app.finishAfterSession(5);
  await app.expectUrgentDaySaved();

  await expect(page.getByRole('alert')).toContainText('Seek urgent medical care now');
  await expect(page.getByText(URGENT_TODAY)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Begin a session' })).toHaveCount(0);
  await expect(app.startButton()).toHaveCount(0);
});
