// Headless Debian Chromium for the benchmarks, and the steps that take the app to a live session.
import { chromium, devices } from 'playwright-core';
import { instrument } from './instrument.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const PHONE = {
  ...devices['Pixel 7'],
  viewport: { width: 390, height: 844 },
};

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/** The settings every benchmark runs with: the app's defaults, in English (the plan is seeded). */
export function benchSettings() {
  return {
    language: 'en',
    voiceOn: true,
    voiceId: null,
    speechRate: 0.9,
    beeps: true,
    vibration: true,
    keepScreenAwake: true,
    textSize: 'normal',
    theme: 'system',
  };
}

/**
 * A fresh context (its own IndexedDB) with the probes installed. Service workers are blocked:
 * none of these figures is about the worker, and a worker's precache downloads would otherwise
 * compete with what is measured (Lighthouse runs with the worker).
 */
export async function newPage(browser, { origin, probes = {}, device = PHONE } = {}) {
  const context = await browser.newContext({
    ...device,
    baseURL: origin,
    serviceWorkers: 'block',
    locale: 'en-GB',
  });
  await context.addInitScript(instrument, probes);
  const page = await context.newPage();
  return { context, page };
}

/** A CDP session on the page, with the CPU slowed `rate` times (1: not slowed). */
export async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/**
 * Stores a profile (the plan the next session starts from; welcome and screening done today) and
 * `sessions` stored sessions, through the app's own Dexie store on the bench-only page.
 */
export async function seed(
  page,
  { plan, sessions = 0, pullsPerSession = 20, clearActive = false },
) {
  await page.goto('/__bench/seed.html');
  await page.waitForFunction(() => typeof window.tractusBenchSeed === 'function');
  return page.evaluate(
    ({ plan: chosen, sessions: count, pullsPerSession: pulls, clear }) => {
      const now = new Date();
      const pad = (n) => String(n).padStart(2, '0');
      const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
      return window.tractusBenchSeed({
        profile: {
          welcomedOn: today,
          lastFullScreeningOn: today,
          professionalConfirmedOn: null,
          plan: chosen,
          stopSignal: { word: 'Stop', physical: 'twoTaps' },
        },
        sessions: count,
        pullsPerSession: pulls,
        clearActive: clear,
      });
    },
    { plan, sessions, pullsPerSession, clear: clearActive },
  );
}

const STEP_TIMEOUT_MS = 15_000;

function button(page, name) {
  return page.getByRole('button', { name, exact: true });
}

/** Answers whatever screen is showing until the live session's Start session button is there. */
export async function driveToStart(page) {
  const start = button(page, 'Start session');
  for (let steps = 0; steps < 12; steps++) {
    const heading = page.getByRole('heading', { level: 1 }).first();
    await Promise.race([
      start.waitFor({ timeout: STEP_TIMEOUT_MS }),
      heading.waitFor({ timeout: STEP_TIMEOUT_MS }),
    ]);
    if (await start.isVisible()) return;
    const title = ((await heading.textContent()) ?? '').trim();
    if (title === 'Tractus') {
      await button(page, 'Begin a session').click();
    } else if (title === 'Welcome to Tractus') {
      await page.getByRole('checkbox', { name: /I understand that Tractus is a coach/ }).check();
      await button(page, 'Continue').click();
    } else if (/Safety questions|Anything changed\?/.test(title)) {
      const noes = page.getByRole('radio', { name: 'No', exact: true });
      const count = await noes.count();
      for (let i = 0; i < count; i++) await noes.nth(i).check();
      await button(page, 'Continue').click();
    } else if (title === 'Agree how to stop') {
      await page.getByRole('textbox', { name: 'Stop word' }).fill('Stop');
      await page.getByRole('radio', { name: 'Two taps on the partner’s arm' }).check();
      await page.getByRole('checkbox', { name: 'Receiver: I will use this signal' }).check();
      await page.getByRole('checkbox', { name: /Partner: I will release slowly/ }).check();
      await page
        .getByRole('group', { name: /how much back pain/ })
        .getByRole('radio', { name: '4', exact: true })
        .check();
      await button(page, 'Continue').click();
    } else if (title === 'Set up together') {
      for (const item of [
        'A sturdy, non-slip surface',
        'Room for the partner to lean back',
        'The receiver is lying face-up and fully relaxed',
        'The partner has a stable stance',
      ]) {
        await page.getByRole('checkbox', { name: item }).check();
      }
      await button(page, 'Play the audio check').click();
      await page.getByRole('checkbox', { name: 'We both heard it' }).check();
      await button(page, 'Continue').click();
    } else if (title === 'Choose a technique') {
      await page.getByRole('radio', { name: /^Ankle hold/ }).check();
      await button(page, 'Continue').click();
    } else {
      throw new Error(`driveToStart: no rule for the screen "${title}".`);
    }
    await page.waitForFunction(
      (before) => document.querySelector('h1')?.textContent?.trim() !== before,
      title,
      { timeout: STEP_TIMEOUT_MS },
    );
  }
  throw new Error('driveToStart: the Start session button never appeared.');
}

/** Waits, without polling, until the live status starts with one of `prefixes`. */
export function waitForStatus(page, prefixes, timeout = 60_000) {
  return page.evaluate(
    ({ wanted, limit }) =>
      new Promise((resolve, reject) => {
        const matches = () => {
          const text = window.__bench.statusText();
          return wanted.find((prefix) => text.startsWith(prefix));
        };
        const now = matches();
        if (now) {
          resolve(now);
          return;
        }
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`Status still "${window.__bench.statusText()}"`));
        }, limit);
        const observer = new MutationObserver(() => {
          const found = matches();
          if (!found) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(found);
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true });
      }),
    { wanted: prefixes, limit: timeout },
  );
}

export async function chromiumVersion(browser) {
  return browser.version();
}
