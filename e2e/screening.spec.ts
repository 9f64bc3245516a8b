// Screening outcomes in the browser: Avoid and Urgent never reach a session; Ask first needs a professional.
import { expect, test } from '@playwright/test';
import { Tractus } from './support/tractus';

const AVOID: [string, RegExp, string?][] = [
  ['spinal instability', /spine is unstable/],
  ['weakened bone', /severe osteoporosis/],
  ['back surgery in the last six months', /Have you had back surgery\?/, 'recent'],
  ['pain worse when stretched', /gets worse when your back is stretched/],
  ['new numbness or weakness', /numbness, tingling or muscle weakness/],
  ['pregnancy', /pregnant/],
];

function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return d.toISOString().slice(0, 10);
}

for (const [name, question, date] of AVOID) {
  test(`an Avoid answer alone (${name}) says traction must not be used and offers no session`, async ({
    page,
  }) => {
    const app = new Tractus(page);
    await app.open();
    await app.acknowledgeWelcome();
    await app.answerScreening([question], date ? daysAgo(30) : undefined);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Do not use traction' }),
    ).toBeVisible();
    await expect(page.getByText('partner traction must not be used')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Start session' })).toHaveCount(0);
  });
}

test('back surgery more than six months ago is not a reason to avoid', async ({ page }) => {
  const app = new Tractus(page);
  await app.open();
  await app.acknowledgeWelcome();
  await app.answerScreening([/Have you had back surgery\?/], daysAgo(400));
  await expect(page.getByRole('heading', { level: 1, name: 'Agree how to stop' })).toBeVisible();
});

test('a surgery date in the future is refused beside the field and nothing moves on', async ({
  page,
}) => {
  const app = new Tractus(page);
  await app.open();
  await app.acknowledgeWelcome();
  await app.answerScreening([/Have you had back surgery\?/], daysAgo(-10));
  await expect(page.getByText('The date cannot be in the future.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Safety questions' })).toBeVisible();
});

test('an Urgent answer shows the urgent advice and no session', async ({ page }) => {
  const app = new Tractus(page);
  await app.open();
  await app.acknowledgeWelcome();
  await app.answerScreening([/bladder/]);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Seek urgent medical care now' }),
  ).toBeVisible();
  await expect(page.getByText('There will be no traction session today.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
});

test('an Ask-first answer reaches a session only after the professional confirmation', async ({
  page,
}) => {
  const app = new Tractus(page);
  await app.open();
  await app.acknowledgeWelcome();
  await app.answerScreening([/steroid medicine/]);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Talk to a health professional first' }),
  ).toBeVisible();
  await app.continueButton().click();
  await expect(
    page.getByText('Tick this only once a health professional has agreed.'),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Talk to a health professional first' }),
  ).toBeVisible();
  await app.confirmProfessional();
  await app.agree();
  await app.setUp();
  await app.chooseTechnique('Pelvic belt');
  await expect(app.startButton()).toBeVisible();
});
