// Turns the benchmarks' figures into target checks, a printed table and bench/README.md's table.
import { readFile, writeFile } from 'node:fs/promises';
import { round } from './stats.mjs';

export const START_MARKER = '<!-- bench:figures:start -->';
export const END_MARKER = '<!-- bench:figures:end -->';

function check(benchmark, figure, value, comparison, target, unit) {
  const pass =
    value === null || value === undefined
      ? false
      : comparison === '<='
        ? value <= target
        : comparison === '>='
          ? value >= target
          : value === target;
  return {
    benchmark,
    figure,
    value: round(value ?? null),
    unit,
    target: `${comparison} ${target}`,
    pass,
  };
}

/** Every target of the benchmarks brief, as figure / target / pass. Absent benchmarks are skipped. */
export function checks(results) {
  const list = [];
  const { cues, stop, drift, history, bundle, lighthouse } = results.benchmarks;
  for (const [key, label, p99] of [
    ['normal', '×1', 3],
    ['throttled', 'CPU ×4', 10],
  ]) {
    const c = cues?.[key];
    if (!c) continue;
    const name = `1 Cue lateness ${label}`;
    list.push(check(name, 'cues measured', c.cues, '>=', 60, 'cues'));
    list.push(check(name, 'cues missed', c.missed.length, '<=', 0, 'cues'));
    list.push(check(name, 'p99 startedAt − scheduledAt', c.lateMs.p99, '<=', p99, 'ms'));
    list.push(check(name, 'max startedAt − scheduledAt', c.lateMs.max, '<=', 30, 'ms'));
  }
  if (stop) {
    list.push(check('2 Stop latency CPU ×4', 'presses', stop.presses, '>=', 100, 'presses'));
    list.push(
      check('2 Stop latency CPU ×4', 'p95 pointerdown → DOM', stop.toDomMs.p95, '<=', 16.7, 'ms'),
    );
  }
  if (drift) {
    list.push(
      check(
        '3 Drift (10 min, simulated)',
        'max |drift|',
        drift.simulated.maxAbsDriftMs,
        '<=',
        5,
        'ms',
      ),
    );
  }
  if (history) {
    list.push(
      check(
        '4 History (3,650 sessions)',
        'open → list painted',
        history.openListFrameMs,
        '<=',
        200,
        'ms',
      ),
    );
    list.push(
      check(
        '4 History (3,650 sessions)',
        'JSON export → download',
        history.exportToDownloadMs,
        '<=',
        1000,
        'ms',
      ),
    );
  }
  if (bundle) {
    list.push(
      check(
        '5 Bundle',
        'first-load JS gzip',
        round(bundle.firstLoad.gzip / 1000, 1),
        '<=',
        45,
        'kB',
      ),
    );
  }
  if (lighthouse) {
    list.push(check('6 Lighthouse (mobile)', 'performance', lighthouse.performance, '>=', 98, ''));
    list.push(
      check('6 Lighthouse (mobile)', 'accessibility', lighthouse.accessibility, '>=', 100, ''),
    );
    list.push(
      check('6 Lighthouse (mobile)', 'best practices', lighthouse.bestPractices, '>=', 100, ''),
    );
    list.push(check('6 Lighthouse (mobile)', 'LCP', lighthouse.lcpMs, '<=', 1500, 'ms'));
  }
  return list;
}

/** Secondary figures worth reading beside the targets (no target of their own). */
export function context(results) {
  const rows = [];
  const { cues, stop, drift, history, bundle, lighthouse } = results.benchmarks;
  const add = (benchmark, figure, value, unit = 'ms') =>
    rows.push({
      benchmark,
      figure,
      value: typeof value === 'string' ? value : round(value ?? null),
      unit,
    });
  for (const [key, label] of [
    ['normal', '×1'],
    ['throttled', 'CPU ×4'],
  ]) {
    const c = cues?.[key];
    if (!c) continue;
    const name = `1 Cue lateness ${label}`;
    add(name, 'p50 startedAt − scheduledAt', c.lateMs.p50);
    add(name, 'p50 / p99 / max doneAt − scheduledAt', triple(c.doneMs));
    add(name, 'p50 / p99 / max late vs the previous deadline (stricter)', triple(c.strictLateMs));
    add(name, 'p99 timer wake-up late (machine)', c.timerWakeLateMs?.p99);
    add(name, "p99 wake-up → the cue's channels begin (app)", c.workBeforeChannelsMs?.p99);
    add(name, 'p50 / p99 channels, startedAt → doneAt (app)', pair(c.channelsMs));
    add(name, "p50 / p99 CPU of a cue's task (trace)", pair(c.taskCpuMs));
    add(name, 'p99 caption in DOM after scheduledAt', c.captionLateMs?.p99);
    add(
      name,
      'timers woken > 5 ms late waited behind',
      Object.entries(c.lateWakeBlockers ?? {})
        .map(([src, b]) =>
          b.longestMs > 0 ? `${src} ×${b.cues} (longest ${b.longestMs} ms)` : `${src} ×${b.cues}`,
        )
        .join(', ') || 'none',
      '',
    );
    add(name, 'max drift built up over one pull', c.accumulatedDriftMaxMs);
    const base = cues.baseline?.[key];
    if (base) add(name, 'p50 / p99 / max blank-page setTimeout late', triple(base.lateMs));
  }
  if (stop) {
    add('2 Stop latency CPU ×4', 'p50 pointerdown → DOM', stop.toDomMs.p50);
    add(
      '2 Stop latency CPU ×4',
      'p95 pointerdown → safety cue carried out',
      stop.toSafetyCueMs.p95,
    );
    add('2 Stop latency CPU ×4', 'p95 pointerdown → next frame', stop.toNextFrameMs.p95);
    add(
      '2 Stop latency CPU ×4',
      'p95 input delivery (timeStamp → handler)',
      stop.inputDeliveryMs.p95,
    );
    add('2 Stop latency CPU ×4', 'p95 handler → DOM (app)', stop.handlerToDomMs.p95);
    if (stop.floor) {
      add(
        '2 Stop latency CPU ×4',
        'p50 / p95 blank page: input delivery (browser floor)',
        pair(stop.floor.inputDeliveryMs, 'p95'),
      );
      add(
        '2 Stop latency CPU ×4',
        'p50 / p95 blank page: pointerdown → DOM (browser floor)',
        pair(stop.floor.toDomMs, 'p95'),
      );
    }
    add(
      '2 Stop latency CPU ×4',
      'touches delivered > 5 ms late waited behind',
      Object.entries(stop.deliveryOver5msWaitedBehind ?? {})
        .map(([src, n]) => `${src} ×${n}`)
        .join(', ') || 'none',
      '',
    );
    add(
      '2 Stop latency CPU ×4',
      'p50 / p95 CPU of the press task (trace)',
      pair(stop.pressTaskCpuMs, 'p95'),
    );
    const ref = stop.normalSpeed;
    if (ref) {
      add(`2 Stop, ×1 (${ref.presses} presses)`, 'p95 pointerdown → DOM', ref.toDomMs.p95);
      add(
        `2 Stop, ×1 (${ref.presses} presses)`,
        'p50 / p95 CPU of the press task',
        pair(ref.pressTaskCpuMs, 'p95'),
      );
      if (ref.floor) {
        add(
          `2 Stop, ×1 (${ref.presses} presses)`,
          'p50 / p95 blank page: pointerdown → DOM (browser floor)',
          pair(ref.floor.toDomMs, 'p95'),
        );
      }
    }
  }
  if (drift) {
    add(
      '3 Drift',
      `max drift, timers up to ${drift.jittered.jitterMs} ms late`,
      drift.jittered.maxAbsDriftMs,
    );
  }
  if (history) {
    add('4 History', 'open → trends shown', history.openTrendsFrameMs);
    add('4 History', 'export: read rows', history.exportParts.readRowsMs);
    add('4 History', 'export: read + schema check (exportAll)', history.exportParts.exportAllMs);
    add('4 History', 'export: backup JSON text (compact)', history.exportParts.serializeMs);
    add('4 History', 'export file size', round((history.exportBytes ?? 0) / 1e6, 1), 'MB');
  }
  if (bundle) {
    add(
      '5 Bundle',
      'index.html entry + modulepreloads gzip',
      round(bundle.htmlEntry.gzip / 1000, 1),
      'kB',
    );
    add(
      '5 Bundle',
      'first load ends at; its scripts',
      `${bundle.cutoff ?? '—'}; ${bundle.firstLoad.files.map((f) => f.replace('assets/', '')).join(', ')}`,
      '',
    );
    if (bundle.beforeFirstScreen) {
      add(
        '5 Bundle',
        'JS requested before the first screen was in the DOM gzip; its scripts',
        `${round(bundle.beforeFirstScreen.gzip / 1000, 1)} kB; ` +
          bundle.beforeFirstScreen.files.map((f) => f.replace('assets/', '')).join(', '),
        '',
      );
    }
    add(
      '5 Bundle',
      'all JS by network idle gzip',
      round(bundle.byNetworkIdle.gzip / 1000, 1),
      'kB',
    );
  }
  if (lighthouse) {
    add('6 Lighthouse', 'FCP', lighthouse.fcpMs);
    add('6 Lighthouse', 'TBT', lighthouse.tbtMs);
  }
  return rows;
}

/** "p50 / p99 / max" of a summary, as one figure. */
function triple(sample) {
  if (!sample || sample.n === 0) return null;
  return `${round(sample.p50, 1)} / ${round(sample.p99, 1)} / ${round(sample.max, 1)}`;
}

/** "p50 / p99" of a summary, as one figure. */
function pair(sample, high = 'p99') {
  if (!sample || sample.n === 0) return null;
  return `${round(sample.p50, 1)} / ${round(sample[high], 1)}`;
}

function show(value, unit) {
  if (value === null || value === undefined) return '—';
  return unit ? `${value} ${unit}` : String(value);
}

/** A Markdown table cell: a bare | would end the cell. */
function cell(text) {
  return String(text).replaceAll('|', '\\|');
}

export function markdownTable(results) {
  const during = Object.entries(results.machine.loadAtStart ?? {})
    .map(([name, load]) => `${name} ${load}`)
    .join(', ');
  const lines = [
    `Run ${results.date} on ${results.machine.cpuModel} ×${results.machine.cpus} ` +
      `(load average ${results.machine.loadBefore.join(' / ')} before, ` +
      `${results.machine.loadAfter.join(' / ')} after; 1-minute load as each benchmark began: ` +
      `${during || '—'}), Node ${results.machine.node}, Chromium ${results.machine.chromium}, ` +
      `${results.durationSeconds} s. Shared, noisy machine: compare ratios within one run.`,
    '',
    '| Benchmark | Figure | Measured | Target | |',
    '|---|---|---|---|---|',
    ...results.checks.map(
      (c) =>
        `| ${cell(c.benchmark)} | ${cell(c.figure)} | ${cell(show(c.value, c.unit))} | ` +
        `${cell(`${c.target} ${c.unit}`.trim())} | ${c.pass ? 'pass' : '**fail**'} |`,
    ),
    '',
    '| Benchmark | Context figure | Measured |',
    '|---|---|---|',
    ...results.context.map(
      (r) => `| ${cell(r.benchmark)} | ${cell(r.figure)} | ${cell(show(r.value, r.unit))} |`,
    ),
  ];
  const chunks = results.benchmarks.bundle?.chunks;
  if (chunks) {
    lines.push(
      '',
      '<details><summary>All JavaScript chunks (gzip level 9)</summary>',
      '',
      '| Chunk | Bytes | gzip | First load | Loaded by idle | Largest modules (rendered bytes) |',
      '|---|---:|---:|:---:|:---:|---|',
      ...chunks.map(
        (c) =>
          `| ${c.file} | ${c.bytes} | ${c.gzip} | ${c.firstLoad ? 'yes' : ''} | ` +
          `${c.loadedByIdle ? 'yes' : ''} | ` +
          `${(c.largestModules ?? []).map((m) => `${m.module} ${m.rendered}`).join(', ')} |`,
      ),
      '',
      '</details>',
    );
  }
  return lines.join('\n');
}

export function printTable(results) {
  const rows = results.checks.map((c) => ({
    benchmark: c.benchmark,
    figure: c.figure,
    measured: show(c.value, c.unit),
    target: `${c.target} ${c.unit}`.trim(),
    result: c.pass ? 'pass' : 'FAIL',
  }));
  console.table(rows);
  console.table(
    results.context.map((r) => ({
      benchmark: r.benchmark,
      figure: r.figure,
      measured: show(r.value, r.unit),
    })),
  );
}

/** Replaces the figures between the markers in README.md (appends them if the markers are gone). */
export async function updateReadme(path, results) {
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch {
    text = '# Benchmarks\n';
  }
  const block = `${START_MARKER}\n${markdownTable(results)}\n${END_MARKER}`;
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  const next =
    start !== -1 && end > start
      ? text.slice(0, start) + block + text.slice(end + END_MARKER.length)
      : `${text.trimEnd()}\n\n## Latest figures\n\n${block}\n`;
  await writeFile(path, next);
}
