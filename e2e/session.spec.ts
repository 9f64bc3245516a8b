// A first session end to end in real Chromium: screening → start → ramp → hold → release → rest → stop.
import { expect, test } from '@playwright/test';
import { Receiver, Tractus } from './support/tractus';

test('a first session from screening through a pull to a stop and the stop check', async ({
  page,
}) => {
  const app = new Tractus(page);
  const receiver = new Receiver(page);
  await app.readyToStart('Ankle hold');

  await app.startButton().click();
  await app.expectPhase('Get ready');
  await app.waitForPhase('Ramp');
  await expect(page.getByText('Lean back slowly.').first()).toBeVisible();

  await app.wait(2_000);
  await receiver.confirmGentlePull();
  await app.expectPhase('Hold');

  await app.waitForPhase('Release');
  await app.waitForPhase('Rest');
  await expect(page.getByRole('radio', { name: 'Just right', exact: true })).toBeVisible();

  await receiver.stop();
  await app.expectPhase('Stopped');
  await expect(page.getByRole('heading', { name: 'Why did you stop?' })).toBeVisible();
});
