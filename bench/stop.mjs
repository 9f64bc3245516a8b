// Benchmark 2: from a real touch on Stop to the release and its safety cue showing on screen.
import { benchSettings, driveToStart, newPage, seed, throttle, waitForStatus } from './browser.mjs';
import { round, seededRandom, sleep, summary } from './stats.mjs';
import { startTrace } from './trace.mjs';

/** A 10-minute plan with long holds, so each session has room for many stops. */
export const STOP_PLAN = {
  technique: 'ankleHold',
  holdSeconds: 20,
  holdMaxSeconds: 20,
  releaseSeconds: 3,
  restSeconds: 10,
  totalMinutes: 10,
};

export const STOP_CAPTION = 'Stop — release slowly.';

function button(page, name) {
  return page.getByRole('button', { name, exact: true });
}

/** A new session from Home with the bench plan (the profile is reset: no progression between). */
async function startSession(page, cdp, rate) {
  await seed(page, { plan: STOP_PLAN, clearActive: true });
  await page.goto('/');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await driveToStart(page);
  await button(page, 'Start session').tap();
  await waitForStatus(page, ['Get ready']);
  await page.evaluate(() => window.__bench.warp(5100));
}

/**
 * Waits until the page has nothing left to do from the bench's own steps (its taps, the warp and
 * the phase they began): the next frame, then an idle moment. The random pause after it then puts
 * the touch at any moment of the phase's own life, not just after the bench acted.
 */
function quiet(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 1000 })),
      ),
  );
}

/** Where Stop is, and how many presses the page has seen: read before the page is left quiet. */
async function aimAtStop(page) {
  const box = await page.locator('.stop-bar__stop').boundingBox();
  if (!box) throw new Error('No Stop button on screen.');
  const count = await page.evaluate(() => window.__bench.presses.length);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, count };
}

/** Touches Stop with a real touch (CDP Input.dispatchTouchEvent) and waits for its figures. */
async function pressStop(page, { x, y, count }) {
  await page.touchscreen.tap(x, y);
  return page.evaluate(
    (index) =>
      new Promise((resolve, reject) => {
        const started = window.__bench.now();
        const poll = () => {
          const press = window.__bench.presses[index];
          if (press?.frameAt !== null && press?.frameAt !== undefined) resolve(press);
          else if (window.__bench.now() - started > 10_000) reject(new Error('No release shown.'));
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    count,
  );
}

/** After the stop: let the release run out, give a reason that allows carrying on, carry on. */
async function carryOn(page) {
  await page.evaluate(() => window.__bench.warp(3100));
  await waitForStatus(page, ['Stopped']);
  await page.getByRole('radio', { name: 'Just wanted to stop', exact: true }).tap();
  await button(page, 'Continue').tap();
  await button(page, 'Carry on').tap();
  const next = await waitForStatus(page, ['Get ready', 'Done']);
  if (next === 'Done') return false;
  // Get ready lasts until the shortest rest (10 s) after the release has passed.
  await page.evaluate(() => window.__bench.warp(10_100));
  return true;
}

/** Moves time on, a little at a time, until the next ramp (true) or the session's end (false). */
async function skipToNextRamp(page) {
  for (let tries = 0; tries < 60; tries++) {
    const status = await page.evaluate(() => window.__bench.statusText());
    if (status.startsWith('Ramp')) return true;
    if (status.startsWith('Done')) return false;
    await page.evaluate(() => window.__bench.warp(2000));
    await sleep(50);
  }
  throw new Error('The session never reached another ramp.');
}

/**
 * `presses` Stop presses with the CPU throttled: each lands at a random moment of a ramp or a
 * hold (time skipped ahead by a random amount, then a random real pause of 20–400 ms so the touch
 * falls anywhere in the live screen's once-a-second refresh and the 60 Hz frame).
 */
export async function runStopLatency({ browser, origin, presses = 100, rate = 4, log = () => {} }) {
  const random = seededRandom(20_261_126);
  const { context, page } = await newPage(browser, {
    origin,
    probes: {
      settings: benchSettings(),
      warp: true,
      stopCaption: STOP_CAPTION,
      vibrations: true,
    },
  });
  const results = [];
  let sessions = 0;
  const started = Date.now();
  try {
    const cdp = await throttle(page, rate);
    const tracing = await startTrace(cdp);
    // What the page recorded, per document (each session is a new one, with its own clock).
    const pageData = [];
    const collect = async () =>
      pageData.push(
        await page.evaluate(() => ({
          eventTimings: window.__bench.eventTimings,
          vibrations: window.__bench.vibrations,
        })),
      );
    let live = false;
    while (results.length < presses) {
      if (!live) {
        if (sessions > 0) await collect();
        await startSession(page, cdp, rate);
        // Each new document needs its own mark to map page time onto the trace.
        await tracing.mark(page);
        sessions++;
        live = true;
      }
      // A session whose time ran out during the get-ready ends there instead: start another.
      if ((await waitForStatus(page, ['Ramp', 'Done'])) === 'Done') {
        live = false;
        await sleep(500); // the finished record is saved before the next session opens
        continue;
      }
      const inHold = random() < 0.5;
      if (inHold) {
        await button(page, 'Gentle pull — hold here').tap();
        await waitForStatus(page, ['Hold']);
        await page.evaluate((ms) => window.__bench.warp(ms), Math.floor(random() * 16_000));
      } else {
        await page.evaluate((ms) => window.__bench.warp(ms), Math.floor(random() * 9000));
      }
      // Nothing of the bench's own that lays the page out between the quiet page and the touch.
      const aim = await aimAtStop(page);
      await quiet(page);
      await sleep(20 + Math.floor(random() * 380));
      const before = await page.evaluate(() => window.__bench.statusText());
      if (!/^(Ramp|Hold)/.test(before)) {
        // The machine stalled long enough for the pull to end on its own: skip to the next one.
        live = await skipToNextRamp(page);
        continue;
      }
      const press = await pressStop(page, aim);
      results.push({ ...press, phase: inHold ? 'hold' : 'ramp', session: sessions });
      if (results.length % 20 === 0) log(`stop: ${results.length}/${presses} presses`);
      live = await carryOn(page);
      if (!live) await sleep(500); // the finished record is saved before the next session opens
    }
    await collect();
    const trace = await tracing.stop();
    return analyseStops(results, pageData, trace, {
      sessions,
      rate,
      seconds: (Date.now() - started) / 1000,
    });
  } finally {
    await context.close();
  }
}

export function analyseStops(presses, pageData, trace, meta) {
  const of = (press, key) => pageData[press.session - 1]?.[key] ?? [];
  // Each session is a new document with its own clock, and its own mark in the trace.
  const tasks = presses.map((p) => trace?.taskAround(p.handlerAt, p.domAt, p.session - 1) ?? null);
  const waits = presses
    .filter((p) => p.handlerAt - p.downTs > 5)
    .map((p) => trace?.busiestBetween(p.downTs, p.handlerAt, p.session - 1) ?? null)
    .filter((b) => b !== null);
  const waitedBehind = {};
  for (const wait of waits) waitedBehind[wait.src] = (waitedBehind[wait.src] ?? 0) + 1;
  // The Stop cue's vibration is the last thing its effects do: before it, the domain step and the
  // cue's channels; after it, Preact rendering the release.
  const effectsDone = presses.map(
    (p) =>
      of(p, 'vibrations').find(
        (v) => Array.isArray(v.pattern) && v.t >= p.handlerAt && v.t <= p.domAt,
      )?.t ?? null,
  );
  const toDom = presses.map((p) => p.domAt - p.downTs);
  const toFrame = presses.map((p) => p.frameAt - p.downTs);
  const delivered = presses.map((p) => p.handlerAt - p.downTs);
  const timed = presses.flatMap((p) => {
    const entry = of(p, 'eventTimings').find((e) => Math.abs(e.startTime - p.downTs) < 0.5);
    return entry ? [entry] : [];
  });
  return {
    ...meta,
    presses: presses.length,
    pointerType: presses[0]?.pointerType ?? null,
    toDomMs: summary(toDom),
    toNextFrameMs: summary(toFrame),
    inputDeliveryMs: summary(delivered),
    handlerToDomMs: summary(presses.map((p) => p.domAt - p.handlerAt)),
    toSafetyCueMs: summary(
      presses.flatMap((p, i) => (effectsDone[i] === null ? [] : [effectsDone[i] - p.downTs])),
    ),
    stepAndEffectsMs: summary(
      presses.flatMap((p, i) => (effectsDone[i] === null ? [] : [effectsDone[i] - p.handlerAt])),
    ),
    renderMs: summary(
      presses.flatMap((p, i) => (effectsDone[i] === null ? [] : [p.domAt - effectsDone[i]])),
    ),
    pressTaskCpuMs: summary(tasks.filter((t) => t !== null).map((t) => t.cpuMs)),
    pressTaskWallMs: summary(tasks.filter((t) => t !== null).map((t) => t.wallMs)),
    deliveryOver5msWaitedBehind: waitedBehind,
    byPhase: {
      ramp: summary(presses.filter((p) => p.phase === 'ramp').map((p) => p.domAt - p.downTs)),
      hold: summary(presses.filter((p) => p.phase === 'hold').map((p) => p.domAt - p.downTs)),
    },
    eventTiming: {
      // Entries exist only for presses whose input-to-next-paint took 16 ms or more.
      over16ms: timed.length,
      durationMs: summary(timed.map((e) => e.duration)),
      inputDelayMs: summary(timed.map((e) => e.processingStart - e.startTime)),
    },
    withinFrameShare: round(toDom.filter((ms) => ms <= 16.7).length / Math.max(1, toDom.length), 3),
  };
}
