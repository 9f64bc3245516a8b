// Benchmark 6: Lighthouse 12.8 (mobile profile, simulated throttling) on the same Debian Chromium.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.mjs';
import { median, round, sleep } from './stats.mjs';

/** Starts Chromium with a DevTools port of its own choosing (no fixed port to collide on). */
async function startChromium() {
  const profile = await mkdtemp(join(tmpdir(), 'tractus-lh-'));
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_FLAGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  let port = null;
  for (let tries = 0; tries < 100 && port === null; tries++) {
    await sleep(100);
    try {
      const text = await readFile(join(profile, 'DevToolsActivePort'), 'utf8');
      port = Number(text.split('\n')[0]);
    } catch {
      // not written yet
    }
  }
  if (!port) {
    child.kill();
    throw new Error('Chromium did not open a DevTools port.');
  }
  return {
    port,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await Promise.race([exited, sleep(3000)]);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

function failing(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${round(audit.score, 2)})`);
}

/** What the failing best-practices audits complain about (issue types, CSP details, console). */
function complaints(lhr, artifacts) {
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  const csp = artifacts?.InspectorIssues?.contentSecurityPolicyIssue ?? [];
  return {
    inspectorIssues: items('inspector-issues').map((item) => item.issueType),
    contentSecurityPolicy: csp.map((issue) => ({
      directive: issue.violatedDirective,
      type: issue.contentSecurityPolicyViolationType,
      at: issue.sourceCodeLocation
        ? `${new URL(issue.sourceCodeLocation.url).pathname}:${issue.sourceCodeLocation.lineNumber + 1}:${issue.sourceCodeLocation.columnNumber}`
        : null,
    })),
    consoleErrors: items('errors-in-console').map((item) => item.description ?? item.source),
  };
}

/** `runs` Lighthouse runs against the app's start page (default mobile config); medians. */
export async function runLighthouse({ origin, runs = 3, log }) {
  const chromium = await startChromium();
  const results = [];
  try {
    for (let run = 0; run < runs; run++) {
      const { lhr, artifacts } = await lighthouse(
        `${origin}/`,
        { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        undefined,
      );
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
        fcpMs: lhr.audits['first-contentful-paint'].numericValue,
        tbtMs: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        failing: Object.fromEntries(CATEGORIES.map((c) => [c, failing(lhr, c)])),
        complaints: complaints(lhr, artifacts),
        lighthouseVersion: lhr.lighthouseVersion,
        formFactor: lhr.configSettings.formFactor,
        throttlingMethod: lhr.configSettings.throttlingMethod,
      });
      log?.(`lighthouse: run ${run + 1}/${runs}: performance ${results[run].performance}`);
    }
  } finally {
    await chromium.stop();
  }
  const med = (key) => round(median(results.map((r) => r[key])), 1);
  return {
    runs,
    lighthouseVersion: results[0]?.lighthouseVersion,
    formFactor: results[0]?.formFactor,
    throttlingMethod: results[0]?.throttlingMethod,
    performance: med('performance'),
    accessibility: med('accessibility'),
    bestPractices: med('bestPractices'),
    lcpMs: med('lcpMs'),
    fcpMs: med('fcpMs'),
    tbtMs: med('tbtMs'),
    cls: med('cls'),
    perRun: results.map(({ failing: _failing, complaints: _complaints, ...r }) => r),
    failingAudits: results[0]?.failing ?? {},
    complaints: results[0]?.complaints ?? {},
  };
}
