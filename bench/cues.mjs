// Benchmark 1: how late each cue is carried out, in a real session at real time in the real app.
import { benchSettings, driveToStart, newPage, seed, throttle, waitForStatus } from './browser.mjs';
import { round, sleep, summary } from './stats.mjs';
import { startTrace } from './trace.mjs';

/** Short holds and rests, and the longest release: ten countdown numbers a pull, 17 cues in 35 s. */
export const CUE_PLAN = {
  technique: 'ankleHold',
  holdSeconds: 10,
  holdMaxSeconds: 10,
  releaseSeconds: 10,
  restSeconds: 10,
  totalMinutes: 5,
};

const ENTRY_CUE = {
  getReady: 'getReady',
  ramp: 'rampStart',
  hold: 'holdStart',
  rest: 'restStart',
  paused: 'paused',
  stopCheck: 'stopCheck',
  done: 'done',
};

function priorityOfPattern(pattern) {
  if (Array.isArray(pattern)) return 'safety';
  return pattern === 40 ? 'countdown' : 'phase';
}

function entryCue(active) {
  if (active.phase !== 'release') return { cue: ENTRY_CUE[active.phase], priority: 'phase' };
  const reason = active.releaseReason ?? 'holdComplete';
  return reason === 'holdComplete'
    ? { cue: 'releaseStart', priority: 'phase' }
    : { cue: `${reason}Release`, priority: 'safety' };
}

/**
 * Every cue the domain scheduled, from the snapshots saved at each phase change: the phase's own
 * cue at phaseStartedAt, and each in-phase cue (countdown, prompt) at its `at`. `due` is when it
 * should have happened: for a phase begun by a deadline, that deadline (so a late timer counts);
 * otherwise the scheduledAt the effect carries.
 */
export function expectedCues(actives, until) {
  const cues = [];
  actives.forEach((active, i) => {
    const prev = actives[i - 1];
    const next = actives[i + 1];
    const byDeadline =
      prev !== undefined &&
      Number.isFinite(prev.deadline) &&
      active.phaseStartedAt >= prev.deadline - 1e-6;
    const entry = entryCue(active);
    cues.push({
      ...entry,
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
        priority: item.cue.startsWith('count') ? 'countdown' : 'phase',
        kind: 'in-phase',
        scheduledAt: item.at,
        due: item.at,
        boundaryLateMs: null,
      });
    }
  });
  return cues.sort((a, b) => a.scheduledAt - b.scheduledAt);
}

/** Pairs each expected cue with the haptic pulse runCue made for it (same priority, in order). */
export function matchCues(expected, vibrations, captions) {
  const pulses = [...vibrations].sort((a, b) => a.t - b.t);
  let from = 0;
  const captionTimes = new Map();
  for (const caption of captions) {
    const list = captionTimes.get(caption.cue) ?? [];
    list.push(caption.t);
    captionTimes.set(caption.cue, list);
  }
  return expected.map((cue) => {
    let actual = null;
    for (let k = from; k < pulses.length; k++) {
      const pulse = pulses[k];
      if (pulse.t < cue.scheduledAt - 0.01) continue;
      if (pulse.t > cue.scheduledAt + 1000) break;
      if (priorityOfPattern(pulse.pattern) !== cue.priority) continue;
      actual = pulse.t;
      from = k + 1;
      break;
    }
    const shown = (captionTimes.get(cue.cue) ?? []).find((t) => t >= cue.scheduledAt - 0.01);
    return {
      ...cue,
      actual,
      lateMs: actual === null ? null : actual - cue.due,
      lateVsScheduledAtMs: actual === null ? null : actual - cue.scheduledAt,
      captionLateMs: cue.priority === 'countdown' || shown === undefined ? null : shown - cue.due,
    };
  });
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
function accumulatedDrift(matched) {
  let running = 0;
  let worst = 0;
  for (const cue of matched) {
    if (cue.kind === 'phase (event)') running = 0;
    if (cue.boundaryLateMs === null) continue;
    running += cue.boundaryLateMs;
    worst = Math.max(worst, running);
  }
  return worst;
}

/**
 * Which timer callback carried the cue out: how late it woke, how long the work then took, and
 * (from the trace) how much CPU the whole task used — the app's cost, whatever else the machine did.
 */
function splitByTimer(matched, timerFires, calls, trace) {
  return matched.map((cue) => {
    if (cue.actual === null || cue.kind === 'phase (event)') return cue;
    const fire = timerFires.find((f) => f.firedAt <= cue.actual && cue.actual <= f.endAt);
    if (!fire) return cue;
    const task = trace?.taskAround(fire.firedAt, fire.endAt) ?? null;
    const inside = calls.filter((c) => c.t0 >= fire.firedAt && c.t0 <= cue.actual);
    const spent = (prefix) =>
      inside.filter((c) => c.name.startsWith(prefix) === true).reduce((t, c) => t + c.ms, 0);
    const wakeLateMs = fire.firedAt - cue.due;
    return {
      ...cue,
      blockedBy: wakeLateMs > 5 ? (trace?.busiestBetween(cue.due, fire.firedAt) ?? null) : null,
      speechMs: spent('speechSynthesis'),
      audioMs: inside.reduce((t, c) => t + c.ms, 0) - spent('speechSynthesis'),
      wakeLateMs,
      workMs: cue.actual - fire.firedAt,
      taskCpuMs: task?.cpuMs ?? null,
      taskWallMs: task?.wallMs ?? null,
    };
  });
}

export function analyseCues(
  { actives, vibrations, captions, timerFires = [], calls = [], collectedAt },
  trace,
) {
  const expected = expectedCues(actives, collectedAt);
  const matched = splitByTimer(matchCues(expected, vibrations, captions), timerFires, calls, trace);
  const timed = matched.filter((c) => c.wakeLateMs !== undefined);
  const late = matched.filter((c) => c.lateMs !== null);
  const pick = (filter) => summary(late.filter(filter).map((c) => c.lateMs));
  return {
    cues: matched.length,
    missed: matched.filter((c) => c.lateMs === null).map((c) => c.cue),
    lateMs: summary(late.map((c) => c.lateMs)),
    lateVsScheduledAtMs: summary(late.map((c) => c.lateVsScheduledAtMs)),
    byKind: {
      countdown: pick((c) => c.priority === 'countdown'),
      phaseByDeadline: pick((c) => c.kind === 'phase (deadline)'),
      phaseByEvent: pick((c) => c.kind === 'phase (event)'),
    },
    timerWakeLateMs: summary(timed.map((c) => c.wakeLateMs)),
    workAfterWakeMs: summary(timed.map((c) => c.workMs)),
    lateWakeBlockers: blockers(timed),
    speechCallsMs: summary(timed.map((c) => c.speechMs)),
    audioCallsMs: summary(timed.map((c) => c.audioMs)),
    taskCpuMs: summary(timed.map((c) => c.taskCpuMs).filter((v) => v !== null && v !== undefined)),
    taskWallMs: summary(
      timed.map((c) => c.taskWallMs).filter((v) => v !== null && v !== undefined),
    ),
    captionLateMs: summary(matched.map((c) => c.captionLateMs).filter((v) => v !== null)),
    boundaryLateMs: summary(matched.map((c) => c.boundaryLateMs).filter((v) => v !== null)),
    accumulatedDriftMaxMs: round(accumulatedDrift(matched)),
    worst: [...late]
      .sort((a, b) => b.lateMs - a.lateMs)
      .slice(0, 3)
      .map((c) => ({
        cue: c.cue,
        kind: c.kind,
        lateMs: round(c.lateMs),
        wakeLateMs: round(c.wakeLateMs ?? null),
        workMs: round(c.workMs ?? null),
        taskCpuMs: round(c.taskCpuMs ?? null),
        speechMs: round(c.speechMs ?? null),
        audioMs: round(c.audioMs ?? null),
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
    probes: { settings: benchSettings(CUE_PLAN), timers: true, calls: true },
  });
  try {
    await seed(page, { plan: CUE_PLAN });
    await page.goto('/');
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
        actives: bench.actives,
        vibrations: bench.vibrations,
        captions: bench.captions,
        timerFires: bench.timerFires,
        calls: bench.calls,
        collectedAt: bench.now(),
      };
    });
    const trace = await tracing.stop();
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
