// Benchmark 3: a whole 10-minute session on a simulated clock, each phase boundary against the plan.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { round, seededRandom, summary } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONFIRM_AFTER_MS = 3000;

/** The session as planned: each phase's length summed from the start, independent of the domain. */
function idealBoundaries(src, plan, startAt) {
  const { GET_READY_MS, RAMP_CAP_MS, PLAN_BOUNDS, SECOND } = src;
  const total = plan.totalMinutes * 60 * SECOND;
  const hold = plan.holdSeconds * SECOND;
  const release = plan.releaseSeconds * SECOND;
  const rest = plan.restSeconds * SECOND;
  // The domain starts a pull only if even its longest version (ramp cap, shortest rest) fits.
  const budget = GET_READY_MS + RAMP_CAP_MS + hold + release + PLAN_BOUNDS.restSeconds.min * SECOND;
  const phases = [];
  let t = startAt;
  let active = 0;
  const enter = (phase, ms) => {
    phases.push({ phase, at: t });
    t += ms;
    active += ms;
  };
  do {
    enter('getReady', GET_READY_MS);
    enter('ramp', CONFIRM_AFTER_MS);
    enter('hold', hold);
    enter('release', release);
    enter('rest', Math.min(rest, total - active));
  } while (active + budget <= total);
  phases.push({ phase: 'done', at: t });
  return phases;
}

/**
 * Runs the real scheduler and domain on FakeClock. The receiver confirms each ramp 3 s in and
 * never rates (so every pull keeps the plan's hold). `jitterMs` makes every timer fire up to that
 * much late, as a busy browser does, to show whether lateness accumulates across phases.
 */
function runSession(src, plan, jitterMs, seed) {
  const clock = new src.FakeClock(1_000_000);
  const random = seededRandom(seed);
  const timer = {
    setTimer: (at, fn) => clock.setTimer(at + (jitterMs > 0 ? random() * jitterMs : 0), fn),
  };
  const phases = [];
  let scheduler;
  let lastPhase = 'idle';
  scheduler = src.createSessionScheduler({
    snapshot: src.createSession(plan, true),
    clock,
    timer,
    visibility: new src.FakeVisibility(true),
    onStep: (snapshot) => {
      const phase = src.phaseOf(snapshot);
      if (phase === lastPhase) return;
      lastPhase = phase;
      phases.push({ phase, at: snapshot.context.phaseStartedAt });
      if (phase === 'ramp') {
        clock.setTimer(clock.now() + CONFIRM_AFTER_MS, () => scheduler.send({ type: 'CONFIRM' }));
      }
    },
  });
  const startAt = clock.now();
  scheduler.start('2026-11-26T09:00:00.000Z');
  clock.advance(plan.totalMinutes * 60_000 + 120_000);
  scheduler.dispose();
  return { phases, startAt };
}

function compare(actual, ideal) {
  const n = Math.min(actual.length, ideal.length);
  const same = actual.length === ideal.length && actual.every((p, i) => p.phase === ideal[i].phase);
  const drift = [];
  for (let i = 0; i < n; i++) drift.push(actual[i].at - ideal[i].at);
  return {
    boundaries: actual.length,
    sequenceMatchesPlan: same,
    maxAbsDriftMs: round(Math.max(0, ...drift.map(Math.abs)), 3),
    finalDriftMs: round(drift[n - 1] ?? 0, 3),
    driftMs: summary(drift, 3),
  };
}

export async function runDrift({ jitterMs = 4, seed = 7 } = {}) {
  const { module: src } = await runnerImport(`${ROOT}bench/drift-entry.mjs`, {
    configFile: false,
    root: ROOT,
    logLevel: 'error',
  });
  const plan = { ...src.defaultPlan(), totalMinutes: 10 };
  const started = performance.now();
  const exact = runSession(src, plan, 0, seed);
  const simulatedMs = performance.now() - started;
  const jittered = runSession(src, plan, jitterMs, seed);
  return {
    plan,
    confirmAfterMs: CONFIRM_AFTER_MS,
    simulated: {
      ...compare(exact.phases, idealBoundaries(src, plan, exact.startAt)),
      wallMs: round(simulatedMs, 1),
    },
    jittered: {
      jitterMs,
      ...compare(jittered.phases, idealBoundaries(src, plan, jittered.startAt)),
    },
  };
}
