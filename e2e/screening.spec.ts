// Screening outcomes in the browser: Avoid and Urgent never reach a session (Urgent not even later
// that day); Ask first needs a professional.
import { expect, type Page, test } from '@playwright/test';
import { Receiver, Tractus, URGENT_TODAY } from './support/tractus';

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

test('sessions after an agreed Ask first keep it in their record, those a short check lets through too', async ({
  page,
}) => {
  const app = new Tractus(page);
  const receiver = new Receiver(page);
  await app.open();
  await app.acknowledgeWelcome();
  await app.answerScreening([/steroid medicine/]);
  await app.confirmProfessional();
  await app.agree();
  await app.setUp();
  await app.chooseTechnique('Ankle hold');
  for (let session = 1; session <= 2; session++) {
    if (session === 2) await app.againToStart('Ankle hold');
    await app.startButton().click();
    await app.expectPhase('Get ready');
    await receiver.stop();
    await receiver.endAfterStop('Just wanted to stop');
    await app.finishAfterSession(2);
  }

  await app.openHistory();
  await expect(app.sessionCards()).toHaveCount(2);
  for (const card of await app.sessionCards().all()) {
    await card.getByRole('button', { name: /^Details of the session on/ }).click();
    await expect(app.fact('Screening')).toHaveText(/^Ask first: a health professional agreed on /);
    await page.getByRole('button', { name: 'Back' }).click();
  }
});

/** Home on an urgent day: the advice in place of the way into a session. */
async function expectUrgentOnHome(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Tractus' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Seek urgent medical care now');
  await expect(page.getByText(URGENT_TODAY)).toBeVisible();
  await expect(page.getByText('A short "anything changed?" check comes first.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Begin a session' })).toHaveCount(0);
}

test('an Urgent answer, then Home the same day: Home gives the urgent advice and no way to Start session', async ({
  page,
}) => {
  const app = new Tractus(page);
  await app.open();
  await app.acknowledgeWelcome();
  await app.answerScreening([/bladder/]);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Seek urgent medical care now' }),
  ).toBeVisible();
  await app.expectUrgentDaySaved();

  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await expectUrgentOnHome(page);

  // Closed and opened again the same day: the day was kept on the device.
  await app.reopen();
  await expectUrgentOnHome(page);
});

test.describe('in a time zone a day ahead of UTC', () => {
  // UTC+14: for ten hours of every day its date is a day later than the UTC date.
  test.use({ timezoneId: 'Pacific/Kiritimati' });

  test('the urgent day is the local calendar day: refused until local midnight, asked again after', async ({
    page,
  }) => {
    const app = new Tractus(page);
    // 00:30 on 28 November there; still 27 November in UTC.
    await app.open(new Date('2026-11-27T10:30:00Z'));
    await app.acknowledgeWelcome();
    await app.answerScreening([/bladder/]);
    await app.expectUrgentDaySaved('2026-11-28');

    // 23:50 on 28 November there, and 28 November in UTC too: the same local day.
    await page.clock.setSystemTime(new Date('2026-11-28T09:50:00Z'));
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await expectUrgentOnHome(page);

    // 00:10 on 29 November there, though still 28 November in UTC: a new day, asked again, and
    // the urgent day asks for a professional's agreement before any session.
    await page.clock.setSystemTime(new Date('2026-11-28T10:10:00Z'));
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('button', { name: 'Begin a session' }).click();
    await app.answerScreening();
    await expect(
      page.getByText(/On November 28, 2026 you told Tractus about a sign that needed urgent care/),
    ).toBeVisible();
    await app.confirmProfessional();
    await expect(page.getByRole('heading', { level: 1, name: 'Agree how to stop' })).toBeVisible();
  });
});

test('the short check: an operation on the back within six months means no traction; any other operation asks a professional first', async ({
  page,
}) => {
  const app = new Tractus(page);
  await app.open(new Date('2026-11-27T10:00:00'));
  await app.acknowledgeWelcome();
  await app.answerScreening();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await page.getByRole('button', { name: 'Begin a session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anything changed?' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Since your last session or check' }),
  ).toBeVisible();
  await app.answerScreening([/any other operation/]);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Talk to a health professional first' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await page.getByRole('button', { name: 'Begin a session' }).click();
  await app.answerScreening([/operation on your back or spine/], '2026-09-01');
  await expect(page.getByRole('heading', { level: 1, name: 'Do not use traction' })).toBeVisible();
  await expect(
    page.getByText(/An operation on your back or spine in the last six months/),
  ).toBeVisible();
});
