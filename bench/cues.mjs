// Benchmark 1: how late each cue is carried out, in a real session at real time in the real app.
import { benchSettings, driveToStart, newPage, seed, throttle, waitForStatus } from './browser.mjs';
import { round, sleep, summary } from './stats.mjs';
import { startTrace } from './trace.mjs';

/** Short holds and rests, and the longest release: 12 countdown numbers a pull, 17 cues in 35 s. */
export const CUE_PLAN = {
  technique: 'ankleHold',
  holdSeconds: 10,
  holdMaxSeconds: 10,
  releaseSeconds: 10,
  restSeconds: 10,
  totalMinutes: 5,
};

/** A countdown begun later than this is not beeped or vibrated (src/platform/cueQueue.ts). */
export const COUNTDOWN_LATE_TOLERANCE_MS = 300;

const ENTRY_CUE = {
  getReady: 'getReady',
  ramp: 'rampStart',
  hold: 'holdStart',
  rest: 'restStart',
  paused: 'paused',
  stopCheck: 'stopCheck',
  done: 'done',
};

function entryCue(active) {
  if (active.phase !== 'release') return ENTRY_CUE[active.phase];
  const reason = active.releaseReason ?? 'holdComplete';
  return reason === 'holdComplete' ? 'releaseStart' : `${reason}Release`;
}

/**
 * Every cue the domain scheduled, from the snapshots saved at each phase change: the phase's own
 * cue at phaseStartedAt (its effect's scheduledAt), and each in-phase cue (countdown, prompt) at
 * its `at`. `due` is the stricter time: for a phase begun by a deadline, that deadline (so a late
 * timer wake-up counts too); otherwise the scheduledAt itself.
 */
export function expectedCues(actives, until) {
  // One entry per phase: should a phase's snapshot be saved twice, its first save holds the
  // whole in-phase schedule.
  const phases = actives.filter(
    (active, i) => i === 0 || active.phaseStartedAt !== actives[i - 1].phaseStartedAt,
  );
  const cues = [];
  phases.forEach((active, i) => {
    const prev = phases[i - 1];
    const next = phases[i + 1];
    const byDeadline =
      prev !== undefined &&
      Number.isFinite(prev.deadline) &&
      active.phaseStartedAt >= prev.deadline - 1e-6;
    cues.push({
      cue: entryCue(active),
      kind: byDeadline ? 'phase (deadline)' : 'phase (event)',
      scheduledAt: active.phaseStartedAt,
      due: byDeadline ? prev.deadline : active.phaseStartedAt,
      boundaryLateMs: byDeadline ? active.phaseStartedAt - prev.deadline : null,
    });
    const ends = next ? next.phaseStartedAt : until;
    for (const item of active.schedule) {
      if (item.at >= ends) continue;
      cues.push({
        cue: item.cue,
        kind: 'in-phase',
        scheduledAt: item.at,
        due: item.at,
        boundaryLateMs: null,
      });
    }
  });
  return cues.sort((a, b) => a.scheduledAt - b.scheduledAt);
}

/**
 * Pairs each cue the app logged as carried out (window.__tractusCueLog) with the cue the snapshots
 * say was scheduled (same cue, same scheduledAt). Lateness is the log's: startedAt − scheduledAt.
 * An expected cue the log lacks was never carried out; a countdown begun more than 300 ms late
 * had its beep and vibration left out. Both count as missed.
 */
export function matchCueLog(expected, log, captions) {
  const used = new Set();
  const captionTimes = new Map();
  for (const caption of captions) {
    const list = captionTimes.get(caption.cue) ?? [];
    list.push(caption.t);
    captionTimes.set(caption.cue, list);
  }
  const runs = [...log]
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((run) => {
      const k = expected.findIndex(
        (e, i) =>
          !used.has(i) && e.cue === run.cue && Math.abs(e.scheduledAt - run.scheduledAt) < 0.01,
      );
      const planned = k === -1 ? null : expected[k];
      if (planned) used.add(k);
      const due = planned?.due ?? run.scheduledAt;
      const shown = (captionTimes.get(run.cue) ?? []).find((t) => t >= run.scheduledAt - 0.01);
      return {
        ...run,
        kind: planned?.kind ?? 'unplanned',
        due,
        boundaryLateMs: planned?.boundaryLateMs ?? null,
        lateMs: run.startedAt - run.scheduledAt,
        doneMs: run.doneAt - run.scheduledAt,
        channelsMs: run.doneAt - run.startedAt,
        strictLateMs: run.startedAt - due,
        droppedAsLate:
          run.priority === 'countdown' &&
          run.startedAt - run.scheduledAt > COUNTDOWN_LATE_TOLERANCE_MS,
        captionLateMs:
          run.priority === 'countdown' || shown === undefined ? null : shown - run.scheduledAt,
      };
    });
  return { runs, notRun: expected.filter((_, i) => !used.has(i)) };
}

/** For cues whose timer woke more than 5 ms late: what the main thread was busy with meanwhile. */
function blockers(timed) {
  const bySource = {};
  for (const cue of timed) {
    if (!cue.blockedBy) continue;
    const entry = bySource[cue.blockedBy.src] ?? { cues: 0, longestMs: 0, cpuMsOfLongest: 0 };
    entry.cues++;
    if ((cue.blockedBy.wallMs ?? 0) > entry.longestMs) {
      entry.longestMs = round(cue.blockedBy.wallMs ?? 0);
      entry.cpuMsOfLongest = round(cue.blockedBy.cpuMs ?? 0);
    }
    bySource[cue.blockedBy.src] = entry;
  }
  return bySource;
}

/** The lateness of successive deadline-driven phase starts adds up until an event re-anchors it. */
function accumulatedDrift(runs) {
  let running = 0;
  let worst = 0;
  for (const cue of runs) {
    if (cue.kind === 'phase (event)') running = 0;
    if (cue.boundaryLateMs === null) continue;
    running += cue.boundaryLateMs;
    worst = Math.max(worst, running);
  }
  return worst;
}

/**
 * Which timer callback carried the cue out: how late it woke (against `due`), how long the work
 * then took until the cue's channels began, the time inside speech and Web Audio calls while they
 * ran, and (from the trace) how much CPU the whole task used — the app's cost, whatever else the
 * machine did.
 */
function splitByTimer(runs, timerFires, calls, trace) {
  return runs.map((cue) => {
    const inside = calls.filter((c) => c.t0 >= cue.startedAt && c.t0 <= cue.doneAt);
    const speechMs = inside
      .filter((c) => c.name.startsWith('speechSynthesis'))
      .reduce((t, c) => t + c.ms, 0);
    const withCalls = {
      ...cue,
      speechMs,
      audioMs: inside.reduce((t, c) => t + c.ms, 0) - speechMs,
    };
    const fire = timerFires.find((f) => f.firedAt <= cue.startedAt && cue.startedAt <= f.endAt);
    if (!fire) return withCalls;
    const task = trace?.taskAround(fire.firedAt, fire.endAt) ?? null;
    const wakeLateMs = fire.firedAt - cue.due;
    return {
      ...withCalls,
      blockedBy: wakeLateMs > 5 ? (trace?.busiestBetween(cue.due, fire.firedAt) ?? null) : null,
      wakeLateMs,
      workMs: cue.startedAt - fire.firedAt,
      taskCpuMs: task?.cpuMs ?? null,
      taskWallMs: task?.wallMs ?? null,
    };
  });
}

export function analyseCues(
  { log, actives, captions, timerFires = [], calls = [], collectedAt },
  trace,
) {
  const expected = expectedCues(actives, collectedAt);
  const { runs: matched, notRun } = matchCueLog(expected, log, captions);
  const runs = splitByTimer(matched, timerFires, calls, trace);
  const timed = runs.filter((c) => c.wakeLateMs !== undefined);
  const of = (list, key) => summary(list.map((c) => c[key]));
  const kind = (filter) => {
    const list = runs.filter(filter);
    return { lateMs: of(list, 'lateMs'), strictLateMs: of(list, 'strictLateMs') };
  };
  const known = (key) => timed.map((c) => c[key]).filter((v) => v !== null && v !== undefined);
  return {
    cues: runs.length,
    expected: expected.length,
    notRun: notRun.map((c) => c.cue),
    droppedAsLate: runs.filter((c) => c.droppedAsLate).map((c) => c.cue),
    missed: [
      ...notRun.map((c) => c.cue),
      ...runs.filter((c) => c.droppedAsLate).map((c) => `${c.cue} (late)`),
    ],
    unplanned: runs.filter((c) => c.kind === 'unplanned').map((c) => c.cue),
    lateMs: of(runs, 'lateMs'),
    doneMs: of(runs, 'doneMs'),
    channelsMs: of(runs, 'channelsMs'),
    strictLateMs: of(runs, 'strictLateMs'),
    byKind: {
      countdown: kind((c) => c.priority === 'countdown'),
      phaseByDeadline: kind((c) => c.kind === 'phase (deadline)'),
      phaseByEvent: kind((c) => c.kind === 'phase (event)'),
    },
    timedCues: timed.length,
    timerWakeLateMs: of(timed, 'wakeLateMs'),
    workBeforeChannelsMs: of(timed, 'workMs'),
    lateWakeBlockers: blockers(timed),
    speechCallsMs: of(runs, 'speechMs'),
    audioCallsMs: of(runs, 'audioMs'),
    taskCpuMs: summary(known('taskCpuMs')),
    taskWallMs: summary(known('taskWallMs')),
    captionLateMs: summary(runs.map((c) => c.captionLateMs).filter((v) => v !== null)),
    boundaryLateMs: summary(runs.map((c) => c.boundaryLateMs).filter((v) => v !== null)),
    accumulatedDriftMaxMs: round(accumulatedDrift(runs)),
    worst: [...runs]
      .sort((a, b) => b.lateMs - a.lateMs)
      .slice(0, 3)
      .map((c) => ({
        cue: c.cue,
        kind: c.kind,
        lateMs: round(c.lateMs),
        doneMs: round(c.doneMs),
        strictLateMs: round(c.strictLateMs),
        wakeLateMs: round(c.wakeLateMs ?? null),
        workMs: round(c.workMs ?? null),
        channelsMs: round(c.channelsMs),
        taskCpuMs: round(c.taskCpuMs ?? null),
        speechMs: round(c.speechMs),
        audioMs: round(c.audioMs),
        blockedBy: c.blockedBy?.src ?? null,
      })),
    worstStrict: [...runs]
      .sort((a, b) => b.strictLateMs - a.strictLateMs)
      .slice(0, 3)
      .map((c) => ({
        cue: c.cue,
        kind: c.kind,
        strictLateMs: round(c.strictLateMs),
        lateMs: round(c.lateMs),
        wakeLateMs: round(c.wakeLateMs ?? null),
        workMs: round(c.workMs ?? null),
        blockedBy: c.blockedBy?.src ?? null,
      })),
  };
}

/** One session at real time: the receiver confirms each ramp at once; nothing else is touched. */
export async function runCueSession({
  browser,
  origin,
  rate = 1,
  pulls = 4,
  log = () => {},
  raw = false,
}) {
  const { context, page } = await newPage(browser, {
    origin,
    probes: { settings: benchSettings(), timers: true, calls: true },
  });
  try {
    await seed(page, { plan: CUE_PLAN });
    // `?bench`: the app logs every cue it carries out to window.__tractusCueLog.
    await page.goto('/?bench');
    await driveToStart(page);
    const cdp = await throttle(page, rate);
    await page.evaluate(() => window.__bench.reset());
    const tracing = await startTrace(cdp);
    await tracing.mark(page);
    const started = Date.now();
    await page.getByRole('button', { name: 'Start session', exact: true }).click();
    for (let pull = 1; pull <= pulls; pull++) {
      await waitForStatus(page, ['Ramp']);
      await page.getByRole('button', { name: 'Gentle pull — hold here', exact: true }).click();
      await waitForStatus(page, ['Rest', 'Done']);
      log(
        `cues ×${rate}: pull ${pull}/${pulls} done (${Math.round((Date.now() - started) / 1000)} s)`,
      );
    }
    await sleep(300);
    const data = await page.evaluate(() => {
      const bench = window.__bench;
      return {
        log: window.__tractusCueLog ?? null,
        actives: bench.actives,
        captions: bench.captions,
        timerFires: bench.timerFires,
        calls: bench.calls,
        collectedAt: bench.now(),
      };
    });
    const trace = await tracing.stop();
    if (!Array.isArray(data.log)) {
      throw new Error('No window.__tractusCueLog: the app was not opened with ?bench.');
    }
    return {
      rate,
      seconds: (Date.now() - started) / 1000,
      ...analyseCues(data, trace),
      ...(raw ? { data } : {}),
    };
  } finally {
    await context.close();
  }
}

/**
 * The noise floor: a blank page (same browser, same throttling, same moment) whose only work is a
 * chain of setTimeouts of 50–150 ms; how late they fire is what the machine alone adds.
 */
export async function runTimerBaseline({ browser, rate = 1, seconds = 60 }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    if (rate > 1) await throttle(page, rate);
    const late = await page.evaluate(
      (ms) =>
        new Promise((resolve) => {
          const samples = [];
          const end = performance.now() + ms;
          let state = 12_345;
          const next = () => {
            state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
            const delay = 50 + Math.floor((state / 2_147_483_648) * 100);
            const due = performance.now() + delay;
            setTimeout(() => {
              samples.push(performance.now() - due);
              if (performance.now() < end) next();
              else resolve(samples);
            }, delay);
          };
          next();
        }),
      seconds * 1000,
    );
    return { rate, lateMs: summary(late) };
  } finally {
    await context.close();
  }
}
