// npm run bench: builds the app, serves it, runs the six benchmarks, writes results and README.
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { launch } from './browser.mjs';
import { runBundle } from './bundle.mjs';
import { CUE_PLAN, runCueSession, runTimerBaseline } from './cues.mjs';
import { runDrift } from './drift.mjs';
import { runHistory } from './history.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { checks, context, printTable, updateReadme } from './report.mjs';
import { startServer } from './server.mjs';
import { runStopLatency } from './stop.mjs';
import { runStopFloor } from './stopFloor.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APP_DIR = `${ROOT}dist-bench`;
const PAGES_DIR = `${ROOT}dist-bench-pages`;
const ALL = ['bundle', 'drift', 'cues', 'stop', 'history', 'lighthouse'];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4177' },
  },
});
const only = args.only ? args.only.split(',') : ALL;
const quick = args.quick;
const started = Date.now();

function log(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[${seconds} s] ${message}`);
}

/** The largest modules (rendered size before minifying) of each JavaScript chunk. */
function composition(output) {
  const outputs = Array.isArray(output) ? output : [output];
  const chunks = {};
  for (const { output: items = [] } of outputs) {
    for (const item of items) {
      if (item.type !== 'chunk') continue;
      chunks[item.fileName] = Object.entries(item.modules)
        .map(([id, module]) => ({
          module: id
            .replace(/^.*node_modules\//, '')
            .replace(ROOT, '')
            .replace('\0', ''),
          rendered: module.renderedLength,
        }))
        .sort((a, b) => b.rendered - a.rendered)
        .slice(0, 4);
    }
  }
  return chunks;
}

async function buildAll() {
  // Its own build folder: other work on this machine may rebuild dist/ at any moment.
  const app = await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: APP_DIR, emptyOutDir: true },
  });
  await build({ configFile: `${ROOT}bench/vite.config.ts`, logLevel: 'warn' });
  return composition(app);
}

function loadAverage() {
  return os.loadavg().map((n) => Math.round(n * 100) / 100);
}

/** The 1-minute load average as each benchmark begins: how busy the machine was for it. */
const loadAtStart = {};
function begin(name, message) {
  loadAtStart[name] = loadAverage()[0];
  log(message);
}

/** Rewrites README.md's table from bench/results.json (after editing the report's layout). */
async function reportOnly() {
  const results = JSON.parse(await readFile(`${ROOT}bench/results.json`, 'utf8'));
  results.checks = checks(results);
  results.context = context(results);
  printTable(results);
  await updateReadme(`${ROOT}bench/README.md`, results);
}

async function main() {
  if (args['report-only']) {
    await reportOnly();
    return;
  }
  let modules = {};
  if (!args['no-build']) {
    log('building the app into dist-bench/ and the bench pages into dist-bench-pages/');
    modules = await buildAll();
  }
  const server = await startServer({
    appDir: APP_DIR,
    pagesDir: PAGES_DIR,
    port: Number(args.port),
  });
  const { origin } = server;
  const browser = await launch();
  const machine = {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: browser.version(),
    loadBefore: loadAverage(),
    loadAfter: null,
  };
  const benchmarks = {};
  try {
    if (only.includes('bundle')) {
      begin('bundle', '5 bundle: first visit, scripts fetched before the first idle callback');
      benchmarks.bundle = await runBundle({ browser, origin, distDir: APP_DIR, modules });
    }
    if (only.includes('drift')) {
      begin('drift', '3 drift: a 10-minute session on FakeClock');
      benchmarks.drift = await runDrift();
    }
    if (only.includes('cues')) {
      const pulls = quick ? 1 : 6;
      begin('cues', `1 cues: ${pulls} pull(s) at real time, ×1 then CPU ×4, each beside its floor`);
      const seconds = quick ? 25 : 35 * pulls;
      // One speed at a time: a page throttled ×4 keeps a core spinning (Chromium's throttler
      // busy-waits), which would slow a ×1 session beside it on a two-core machine. Each session
      // runs in a browser of its own (tracing is browser-wide) beside a blank page at its speed.
      const measure = async (rate) => {
        const own = await launch();
        try {
          const [cues, floor] = await Promise.all([
            runCueSession({ browser: own, origin, rate, pulls, log }),
            runTimerBaseline({ browser, rate, seconds }),
          ]);
          return { cues, floor };
        } finally {
          await own.close();
        }
      };
      const normal = await measure(1);
      const throttled = await measure(4);
      benchmarks.cues = {
        plan: CUE_PLAN,
        concurrent: false,
        normal: normal.cues,
        throttled: throttled.cues,
        baseline: { normal: normal.floor, throttled: throttled.floor },
      };
    }
    if (only.includes('stop')) {
      const presses = quick ? 20 : 100;
      begin('stop', `2 stop: ${presses} presses, CPU ×4`);
      benchmarks.stop = await runStopLatency({ browser, origin, presses, rate: 4, log });
      log(`2 stop: the browser's floor, ${presses} touches on a blank page, CPU ×4`);
      benchmarks.stop.floor = await runStopFloor({ browser, presses, rate: 4 });
      const reference = quick ? 5 : 20;
      log(`2 stop: ${reference} presses at normal speed, for reference`);
      benchmarks.stop.normalSpeed = await runStopLatency({
        browser,
        origin,
        presses: reference,
        rate: 1,
        log,
      });
      benchmarks.stop.normalSpeed.floor = await runStopFloor({
        browser,
        presses: reference,
        rate: 1,
      });
    }
    if (only.includes('history')) {
      const sessions = quick ? 1000 : 3650;
      const runs = quick ? 2 : 5;
      begin('history', `4 history: ${sessions} sessions × 20 pulls, ${runs} runs`);
      benchmarks.history = await runHistory({ browser, origin, sessions, runs, log });
    }
  } catch (error) {
    // A failed benchmark still closes the server, so the process ends with its error.
    await browser.close();
    await server.close();
    throw error;
  }
  await browser.close();
  try {
    if (only.includes('lighthouse')) {
      const runs = quick ? 1 : 3;
      begin('lighthouse', `6 lighthouse: ${runs} run(s), mobile`);
      benchmarks.lighthouse = await runLighthouse({ origin, runs, log });
    }
  } finally {
    await server.close();
  }
  machine.loadAfter = loadAverage();
  machine.loadAtStart = loadAtStart;

  const results = {
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    quick,
    machine,
    benchmarks,
  };
  results.checks = checks(results);
  results.context = context(results);
  printTable(results);
  if (quick || only.length < ALL.length) {
    log('partial or quick run: bench/results.json and README.md left unchanged');
    return;
  }
  await writeFile(`${ROOT}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
  await updateReadme(`${ROOT}bench/README.md`, results);
  const failed = results.checks.filter((c) => !c.pass).length;
  log(
    `wrote bench/results.json and bench/README.md; ${failed} of ${results.checks.length} targets missed`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
