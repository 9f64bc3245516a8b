// Languages: Settings switches the whole app mid-way, the browser's language picks the first one,
// every main screen passes axe in Spanish and German, no English is left outside the fixed names,
// and every fixed name shown is marked English.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { FIXED_KEYS } from '../src/ui/i18n/fixed';
import { fixedNamesIn } from '../src/ui/i18n/fixedNamesIn';
import type { Locale } from '../src/ui/i18n/translate';
import { Receiver, Tractus } from './support/tractus';
import { catalogue, type MessageKey, wordsIn } from './support/words';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BROWSER_LOCALE: Record<'es' | 'de', string> = { es: 'es-ES', de: 'de-DE' };

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * English words of the catalogue that the other language says differently, long enough not to
 * occur inside its own words by chance; the fixed names and anything with a placeholder are left out.
 */
function englishOnly(locale: Locale): string[] {
  const english = catalogue('en');
  const own = catalogue(locale);
  // The fixed names' words, wherever they appear (a rating is also named in History's words).
  const fixed = new Set<string>(FIXED_KEYS.map((key) => english[key]));
  return (Object.keys(english) as MessageKey[])
    .filter((key) => english[key] !== own[key])
    .map((key) => english[key])
    .filter((text) => !fixed.has(text) && text.length >= 10 && !/\{\w+\}/.test(text));
}

/** The page's text and its accessible names given by attributes. */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [alt], [title]')].flatMap((el) =>
      ['aria-label', 'alt', 'title'].map((name) => el.getAttribute(name) ?? ''),
    );
    return [document.body.textContent ?? '', ...labels].join('\n');
  });
}

/** The words of the text on the page that are not inside an element marked lang="en". */
function textNotMarkedEnglish(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
      if (lang !== 'en' && node.textContent) texts.push(node.textContent);
    }
    return texts;
  });
}

/** Walks a first session in one language, by the app's own words for it. */
class InLanguage {
  readonly t: (key: MessageKey) => string;
  readonly app: Tractus;
  readonly receiver: Receiver;

  constructor(
    readonly page: Page,
    readonly locale: Locale,
    readonly visit: (screen: string) => Promise<void> = async () => undefined,
  ) {
    this.t = wordsIn(locale);
    this.app = new Tractus(page);
    this.receiver = new Receiver(page);
  }

  heading(key: MessageKey) {
    return this.page.getByRole('heading', { level: 1, name: this.t(key), exact: true });
  }

  async welcome(): Promise<void> {
    await expect(this.heading('welcome.title')).toBeVisible();
    await this.visit('welcome');
    await this.page.getByRole('checkbox', { name: this.t('welcome.ack.label') }).check();
    await this.app.continueButton().click();
  }

  async screening(): Promise<void> {
    await expect(this.heading('screening.title')).toBeVisible();
    await this.visit('screening');
    const noes = this.page.getByRole('radio', { name: 'No', exact: true });
    const count = await noes.count();
    for (let i = 0; i < count; i++) await noes.nth(i).check();
    await this.app.continueButton().click();
  }

  async agreement(): Promise<void> {
    const { page, t } = this;
    await expect(this.heading('agreement.title')).toBeVisible();
    await this.visit('agreement');
    await page.getByRole('textbox', { name: t('agreement.stopWord.label') }).fill('Para');
    await page.getByRole('radio', { name: t('agreement.signal.twoTaps') }).check();
    await page.getByRole('checkbox', { name: t('agreement.confirm.receiver') }).check();
    await page.getByRole('checkbox', { name: t('agreement.confirm.partner') }).check();
    await page
      .getByRole('group', { name: t('agreement.baseline.legend') })
      .getByRole('radio', { name: '4', exact: true })
      .check();
    await this.app.continueButton().click();
  }

  async setUp(): Promise<void> {
    const { page, t } = this;
    await expect(this.heading('setup.title')).toBeVisible();
    await this.visit('setup');
    for (const item of [
      'setup.surface.label',
      'setup.room.label',
      'setup.receiver.label',
      'setup.partner.label',
    ] as const) {
      await page.getByRole('checkbox', { name: t(item) }).check();
    }
    await page.getByRole('button', { name: t('setup.audio.play') }).click();
    const ends = (['setup.audio.played', 'setup.audio.failed', 'setup.audio.voiceFailed'] as const)
      .map((key) => escaped(t(key)))
      .join('|');
    await expect(
      page.getByRole('region', { name: t('setup.audio.heading') }).getByRole('status'),
    ).toHaveText(new RegExp(ends), { timeout: 20_000 });
    await page.getByRole('checkbox', { name: t('setup.audio.heard') }).check();
    await this.app.continueButton().click();
  }

  async technique(): Promise<void> {
    await expect(this.heading('technique.title')).toBeVisible();
    await this.visit('technique');
    await this.page.getByRole('radio', { name: /^Ankle hold/ }).check();
    await this.app.continueButton().click();
    await expect(this.app.startButton()).toBeVisible();
    await this.visit('ready-to-start');
  }

  /** Welcome (on a first run), the safety questions and the preparation, up to Start session. */
  async toStart(firstRun: boolean): Promise<void> {
    if (firstRun) await this.welcome();
    await this.screening();
    await this.agreement();
    await this.setUp();
    await this.technique();
  }

  /** The words the caption shows for one cue, in this language. */
  caption(cue: string) {
    return this.page.locator(`.caption [data-cue="${cue}"]`);
  }

  /** One pull confirmed and rated, the rest of the session run out, the summary, then Home. */
  async session(): Promise<void> {
    const { app, receiver, page, t } = this;
    await app.startButton().click();
    await app.expectPhase('Get ready');
    await expect(this.caption('getReady')).toHaveText(t('cue.getReady'));
    await app.waitForPhase('Ramp');
    await this.visit('live-ramp');
    await receiver.confirmGentlePull();
    await app.expectPhase('Hold');
    // Paused names Resume and Stop in its sentences: they are marked as English there too.
    await receiver.pause();
    await app.waitForPhase('Paused');
    await this.visit('live-paused');
    await receiver.resume();
    await app.waitForPhase('Ramp');
    await receiver.confirmGentlePull();
    await app.expectPhase('Hold');
    await app.waitForPhase('Rest');
    await expect(page.getByRole('radio', { name: 'Just right', exact: true })).toBeVisible();
    await this.visit('live-rest-rating');
    await receiver.rateAndContinue('Just right');
    await app.wait(6 * 60_000);
    await app.expectPhase('Done');
    await this.visit('live-done');
    await app.continueButton().click();
    await expect(this.heading('summary.title')).toBeVisible();
    await page
      .getByRole('group', { name: t('summary.pain.legend') })
      .getByRole('radio', { name: '3', exact: true })
      .check();
    await this.visit('summary');
    await app.continueButton().click();
    await expect(page.getByRole('button', { name: t('home.begin') })).toBeVisible();
  }

  /** From Home to History and back, then to Settings. */
  async historyAndSettings(): Promise<void> {
    const { page, t } = this;
    await page.getByRole('button', { name: t('home.history') }).click();
    await expect(this.heading('history.title')).toBeVisible();
    await expect(page.locator('.session-list > li')).toHaveCount(1);
    await this.visit('history');
    // A session's details: its pulls, and the pause among its stops.
    await page
      .getByRole('button', { name: new RegExp(`^${escaped(t('history.session.open'))}`) })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(t('history.title'));
    await this.visit('session-detail');
    await page.getByRole('button', { name: t('button.back'), exact: true }).click();
    await expect(this.heading('history.title')).toBeVisible();
    await page.getByRole('button', { name: t('button.back'), exact: true }).click();
    await page.getByRole('button', { name: t('home.settings') }).click();
    await expect(this.heading('settings.title')).toBeVisible();
    await this.visit('settings');
  }
}

/** Every axe violation on the page, as "id: help — targets". */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

test('Settings switches the app from English to Spanish to German, cues included', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new Tractus(page);
  await app.settingsAfterFirstRun();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  for (const locale of ['es', 'de'] as const) {
    const t = wordsIn(locale);
    // The language names are in their own languages: each is offered under the same name.
    await page.getByRole('radio', { name: catalogue('en')[`settings.language.${locale}`] }).check();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(app.heading(t('settings.title'))).toBeVisible();
    await expect(page.getByRole('group', { name: t('settings.language.legend') })).toBeVisible();
    await expect(page.getByRole('button', { name: t('button.back'), exact: true })).toBeVisible();
  }

  // On in German: the session's screens and its spoken cues' captions follow.
  const german = new InLanguage(page, 'de');
  await page.getByRole('button', { name: german.t('button.back'), exact: true }).click();
  await page.getByRole('button', { name: german.t('home.begin') }).click();
  await german.toStart(false);
  await german.session();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

for (const locale of ['es', 'de'] as const) {
  test.describe(`a browser set to ${BROWSER_LOCALE[locale]}`, () => {
    test.use({ locale: BROWSER_LOCALE[locale] });

    test(`opens in ${locale} on the first visit`, async ({ page }) => {
      const t = wordsIn(locale);
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(
        page.getByRole('heading', { level: 1, name: t('welcome.title'), exact: true }),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
    });

    test(`every main screen in ${locale}: no axe violations in light and dark, no English left but the fixed names, each marked English`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      // No transitions: each colour is checked as it settles, not part-way.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const leftovers = englishOnly(locale);
      const fixedNames = FIXED_KEYS.map((key) => catalogue('en')[key]);
      const visited: string[] = [];
      const walk = new InLanguage(page, locale, async (screen) => {
        visited.push(screen);
        const shown = await shownText(page);
        const english = leftovers.filter((text) => shown.includes(text));
        expect.soft(english, `English words on "${screen}"`).toEqual([]);
        // Each fixed name in the page's text is marked, so a screen reader says it in English.
        const unmarked = (await textNotMarkedEnglish(page)).filter((text) =>
          fixedNamesIn(text, locale, fixedNames).some((part) => part.english),
        );
        expect.soft(unmarked, `fixed names not marked lang="en" on "${screen}"`).toEqual([]);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const found = await axeViolations(page);
          expect.soft(found, `axe violations on "${screen}" (${colorScheme})`).toEqual([]);
        }
        await page.emulateMedia({ colorScheme: 'light' });
      });
      await walk.app.open();
      await walk.toStart(true);
      await walk.session();
      await walk.historyAndSettings();
      expect(visited).toEqual([
        'welcome',
        'screening',
        'agreement',
        'setup',
        'technique',
        'ready-to-start',
        'live-ramp',
        'live-paused',
        'live-rest-rating',
        'live-done',
        'summary',
        'history',
        'session-detail',
        'settings',
      ]);
    });

    test(`in ${locale}, the fixed English names are marked as English`, async ({ page }) => {
      const app = new Tractus(page);
      await app.open();
      await new InLanguage(page, locale).toStart(true);
      await expect(app.startButton().locator('[lang="en"]')).toHaveText('Start session');
      await app.startToRamp();
      const stop = page.getByRole('button', { name: 'Stop', exact: true });
      await expect(stop.locator('[lang="en"]')).toHaveText('Stop');
      await expect(app.status().locator('[lang="en"]')).toHaveText('Ramp');
      await expect(page.locator('.phase__name [lang="en"]')).toHaveText('Ramp');
      // The rest of the live region is in the page's own language.
      await expect(app.status()).toHaveText(
        new RegExp(`^Ramp — ${escaped(wordsIn(locale)('live.status.ramp'))}`),
      );
    });
  });
}
