// Privacy: nothing leaves the app's origin, first visit to History; CSP allows only own script,
// in the page and as a header on everything the server sends.
import { expect, test } from '@playwright/test';
import { Tractus } from './support/tractus';

type ViolationWindow = Window & { __cspViolations?: string[] };

/** Runs before the app: keeps every Content-Security-Policy violation (a blocked attempt). */
function recordCspViolations(): void {
  const page = window as ViolationWindow;
  page.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`;
    page.__cspViolations?.push(
      `${event.violatedDirective} blocked ${event.blockedURI} at ${where}`,
    );
  });
}

/** The directives of a CSP header value, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

test('a whole session, History and Settings request nothing from another origin', async ({
  page,
  context,
  baseURL,
}) => {
  const own = new URL(baseURL ?? '/', 'http://localhost').origin;
  const requests: string[] = [];
  // The context sees the page's requests and the service worker's.
  context.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(recordCspViolations);

  const app = new Tractus(page);
  await app.readyToStart('Ankle hold');
  await app.firstPullRated('Just right');
  // The rest of the five minutes: unconfirmed ramps end at their cap, and the session completes.
  await app.wait(6 * 60_000);
  await app.expectPhase('Done');
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await app.finishAfterSession(3);

  await app.openHistory();
  await expect(app.sessionCards()).toHaveCount(1);
  await app
    .sessionCards()
    .first()
    .getByRole('button', { name: /^Details/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Session on / })).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  // Lazy chunks and idle-time preloads have had their chance to load.
  await page.waitForLoadState('networkidle');

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.some((url) => url.startsWith(`${own}/assets/`))).toBe(true);
  // Blob and data URLs stay inside the page; everything else must be the app's own origin.
  const offenders = requests.filter(
    (url) => !/^(blob|data):/.test(url) && new URL(url).origin !== own,
  );
  expect(offenders, `requests outside ${own}`).toEqual([]);
  // A request the CSP blocked never reaches the network, so it is caught here instead; the app
  // runs zod without its eval probe, so nothing at all may be blocked.
  const violations = await page.evaluate(() => (window as ViolationWindow).__cspViolations ?? []);
  expect(violations).toEqual([]);
});

test('the served page carries a CSP with script-src self and has no inline script', async ({
  page,
  request,
}) => {
  const response = await request.get('/');
  expect(response.ok()).toBe(true);
  const html = await response.text();

  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].map((match) => match[0]);
  const cspMetas = metas.filter((tag) => /http-equiv=["']Content-Security-Policy["']/i.test(tag));
  expect(cspMetas).toHaveLength(1);
  const content = /content="([^"]*)"/i.exec(cspMetas[0] ?? '')?.[1] ?? '';
  const policy = directives(content);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  for (const sources of policy.values()) {
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
  }

  // Every script comes from a file, none is written into the page.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [tag, attributes = '', body = ''] of scripts) {
    expect(attributes, tag).toMatch(/\bsrc=["']\/[^/]/);
    expect(body.trim(), tag).toBe('');
  }
  // Nothing in the page points at another site.
  const references = [...html.matchAll(/\b(?:src|href)=["']([^"']+)["']/gi)].map((m) => m[1]);
  expect(references.filter((ref) => ref && !ref.startsWith('/'))).toEqual([]);

  // And the running app added none either.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('the server sends the page’s CSP as a header, with framing forbidden, on the page and the worker', async ({
  request,
}) => {
  const page = await request.get('/');
  const html = await page.text();
  const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  expect(meta).not.toBe('');

  for (const path of ['/', '/sw.js', '/manifest.webmanifest']) {
    const response = await request.get(path);
    expect(response.ok(), path).toBe(true);
    const header = response.headers()['content-security-policy'] ?? '';
    const policy = directives(header);
    // A meta tag cannot forbid framing; the header does.
    expect(policy.get('frame-ancestors'), path).toEqual(["'none'"]);
    policy.delete('frame-ancestors');
    expect(policy, `${path}: the header is the page's policy`).toEqual(directives(meta));
  }
});
