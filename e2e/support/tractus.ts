// The e2e test vocabulary: what the receiver and partner do, in the app's own words.
import { expect, type Locator, type Page } from '@playwright/test';

export type TechniqueName = 'Ankle hold' | 'Pelvic belt';

export class Tractus {
  constructor(readonly page: Page) {}

  /** Opens the app with a controllable clock, so a ten-minute session runs in seconds. */
  async open(): Promise<void> {
    await this.page.clock.install();
    await this.page.goto('/');
  }

  continueButton(): Locator {
    return this.page.getByRole('button', { name: 'Continue', exact: true });
  }

  async acknowledgeWelcome(): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Welcome to Tractus' }),
    ).toBeVisible();
    await this.page.getByRole('checkbox', { name: /I understand that Tractus is a coach/ }).check();
    await this.continueButton().click();
  }

  /** Answers every question No, except those whose text matches one of `yes`. */
  async answerScreening(yes: RegExp[] = [], surgeryDate?: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
      /Safety questions|Anything changed\?/,
    );
    const noes = this.page.getByRole('radio', { name: 'No', exact: true });
    const count = await noes.count();
    for (let i = 0; i < count; i++) await noes.nth(i).check();
    for (const question of yes) {
      await this.page
        .getByRole('group', { name: question })
        .getByRole('radio', { name: 'Yes' })
        .check();
    }
    if (surgeryDate) await this.page.getByLabel(/When was/).fill(surgeryDate);
    await this.continueButton().click();
  }

  async agree(stopWord = 'Stop'): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Agree how to stop' }),
    ).toBeVisible();
    await this.page.getByRole('textbox', { name: 'Stop word' }).fill(stopWord);
    await this.page.getByRole('radio', { name: 'Two taps on the partner’s arm' }).check();
    await this.page.getByRole('checkbox', { name: 'Receiver: I will use this signal' }).check();
    await this.page.getByRole('checkbox', { name: /Partner: I will release slowly/ }).check();
    await this.page
      .getByRole('group', { name: /how much back pain/ })
      .getByRole('radio', { name: '4', exact: true })
      .check();
    await this.continueButton().click();
  }

  async setUp(): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Set up together' }),
    ).toBeVisible();
    for (const item of [
      'A sturdy, non-slip surface',
      'Room for the partner to lean back',
      'The receiver is lying face-up and fully relaxed',
      'The partner has a stable stance',
    ]) {
      await this.page.getByRole('checkbox', { name: item }).check();
    }
    await this.page.getByRole('button', { name: 'Play the audio check' }).click();
    await this.page.getByRole('checkbox', { name: 'We both heard it' }).check();
    await this.continueButton().click();
  }

  async chooseTechnique(technique: TechniqueName): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Choose a technique' }),
    ).toBeVisible();
    await this.page.getByRole('radio', { name: new RegExp(`^${technique}`) }).check();
    await this.continueButton().click();
  }

  /** First run, everything answered safely, up to the Start session button. */
  async readyToStart(technique: TechniqueName = 'Ankle hold'): Promise<void> {
    await this.open();
    await this.acknowledgeWelcome();
    await this.answerScreening();
    await this.agree();
    await this.setUp();
    await this.chooseTechnique(technique);
    await expect(this.startButton()).toBeVisible();
  }

  startButton(): Locator {
    return this.page.getByRole('button', { name: 'Start session' });
  }

  status(): Locator {
    return this.page.getByRole('status').filter({
      hasText: /^(Get ready|Ramp|Hold|Release|Rest|Stopped|Paused|Done)/,
    });
  }

  async expectPhase(phase: string): Promise<void> {
    await expect(this.status()).toHaveText(new RegExp(`^${phase}`));
  }

  /** Lets session time pass (the app's timers fire as they fall due). */
  async wait(ms: number): Promise<void> {
    await this.page.clock.runFor(ms);
  }

  /** Runs the clock in steps until the live phase reads `phase`. */
  async waitForPhase(phase: string, limitMs = 120_000): Promise<void> {
    const pattern = new RegExp(`^${phase}`);
    for (let waited = 0; waited <= limitMs; waited += 500) {
      const text = (await this.status().textContent()) ?? '';
      if (pattern.test(text)) return;
      await this.page.clock.runFor(500);
    }
    await this.expectPhase(phase);
  }
}

/** What the receiver does with the phone. */
export class Receiver {
  constructor(readonly page: Page) {}

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async confirmGentlePull(): Promise<void> {
    await this.button('Gentle pull — hold here').click();
  }

  async stop(): Promise<void> {
    await this.button('Stop').dispatchEvent('pointerdown');
  }

  async rate(rating: 'Too gentle' | 'Just right' | 'Too strong' | 'Painful'): Promise<void> {
    await this.page.getByRole('radio', { name: rating, exact: true }).check();
  }
}
