// Thread time of the page's tasks from a Chromium trace: the app's CPU cost, apart from waiting.

const TASK = 'ThreadControllerImpl::RunTask';
const MARK = 'tractus-bench-sync';

/**
 * Records the browser's top-level tasks (wall `dur` and thread-time `tdur`, µs) until `stop()`.
 * Tracing is browser-wide: one trace per browser at a time.
 */
export async function startTrace(cdp) {
  const tasks = [];
  const marks = [];
  const onData = ({ value }) => {
    for (const event of value) {
      if (event.name === TASK && event.ph === 'X' && event.tdur !== undefined) {
        tasks.push({
          pid: event.pid,
          tid: event.tid,
          ts: event.ts,
          dur: event.dur,
          tdur: event.tdur,
          src: event.args?.src_func ?? event.args?.src_file ?? 'unknown',
        });
      } else if (event.name === MARK) {
        marks.push({ pid: event.pid, tid: event.tid, ts: event.ts, at: event.args.data.startTime });
      }
    }
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['toplevel', 'blink.user_timing'],
      excludedCategories: ['*'],
    },
  });
  return {
    /** A mark in the page, to map its performance.now() onto the trace's clock. */
    mark: (page) => page.evaluate((name) => performance.mark(name), MARK),
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return new Trace(tasks, marks);
    },
  };
}

export class Trace {
  constructor(tasks, marks) {
    this.tasks = [...tasks].sort((a, b) => a.ts - b.ts);
    // One mark per document: its thread, and the offset from its performance.now() (ms) to the
    // trace's clock (µs).
    this.marks = marks.map((m) => ({ pid: m.pid, tid: m.tid, offsetUs: m.ts - m.at * 1000 }));
  }

  #window(from, to, markIndex) {
    const mark = this.marks[markIndex];
    if (!mark) return null;
    return {
      mark,
      start: from * 1000 + mark.offsetUs,
      end: to * 1000 + mark.offsetUs,
      onThread: (task) => task.pid === mark.pid && task.tid === mark.tid,
    };
  }

  /** The task that ran from page time `from` to `to` (ms): its wall and thread time in ms. */
  taskAround(from, to, markIndex = 0) {
    const w = this.#window(from, to, markIndex);
    if (!w) return null;
    const slack = 200;
    let found = null;
    for (const task of this.tasks) {
      if (task.ts > w.start + slack) break;
      if (w.onThread(task) && task.ts + task.dur >= w.end - slack) found = task;
    }
    return found && { wallMs: found.dur / 1000, cpuMs: found.tdur / 1000 };
  }

  /** The task that overlapped page time `from`…`to` the most (what a late timer waited behind). */
  busiestBetween(from, to, markIndex = 0) {
    const w = this.#window(from, to, markIndex);
    if (!w || to <= from) return null;
    let best = null;
    let bestOverlap = 0;
    for (const task of this.tasks) {
      if (task.ts > w.end) break;
      if (!w.onThread(task)) continue;
      const overlap = Math.min(w.end, task.ts + task.dur) - Math.max(w.start, task.ts);
      if (overlap > bestOverlap) {
        best = task;
        bestOverlap = overlap;
      }
    }
    // A thread mostly idle while the timer was overdue was waiting for the machine, not a task.
    if (!best || bestOverlap < (w.end - w.start) / 2) {
      return {
        src: 'no task on the main thread (machine or throttling)',
        overlapMs: bestOverlap / 1000,
      };
    }
    return {
      src: best.src,
      overlapMs: bestOverlap / 1000,
      wallMs: best.dur / 1000,
      cpuMs: best.tdur / 1000,
    };
  }
}
