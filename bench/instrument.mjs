// In-page probes, installed before the app's own code runs; they observe and never change timing.

/**
 * Runs in the page (serialised by Playwright's addInitScript), so it must be self-contained.
 * Every time it records is the browser's own performance.now(), taken before any warp.
 *
 * options.settings: written to localStorage 'tractus.settings' before the app reads it.
 * options.warp: lets the bench skip waits (release, get ready) by moving performance.now() and
 *   every pending setTimeout forward together; used only by the Stop benchmark.
 * options.stopCaption: the caption the Stop benchmark waits for.
 * options.timers: records when each setTimeout callback was due and when it ran.
 * options.calls: times the speech and Web Audio calls behind the cue channels.
 * options.vibrations: stamps every navigator.vibrate call (and stops it reaching the device).
 */
export function instrument(options) {
  const nativeNow = performance.now.bind(performance);
  const nativeRaf = window.requestAnimationFrame.bind(window);
  const bench = {
    now: nativeNow,
    vibrations: [],
    actives: [],
    captions: [],
    presses: [],
    clicks: [],
    downloads: [],
    eventTimings: [],
    firstIdleAt: null,
    firstScreenAt: null,
    warpedMs: 0,
    reset() {
      bench.vibrations.length = 0;
      bench.actives.length = 0;
      bench.captions.length = 0;
      bench.presses.length = 0;
      bench.clicks.length = 0;
      bench.downloads.length = 0;
      bench.eventTimings.length = 0;
      if (bench.timerFires) bench.timerFires.length = 0;
      if (bench.calls) bench.calls.length = 0;
      // The app's own cue log (opened with `?bench`): every cue it carried out.
      if (Array.isArray(window.__tractusCueLog)) window.__tractusCueLog.length = 0;
    },
  };
  window.__bench = bench;

  if (options.settings) {
    localStorage.setItem('tractus.settings', JSON.stringify(options.settings));
  }

  // Haptics is the last channel runCue drives, so its call marks "this cue has been carried out".
  // 40 ms = countdown, 150 ms = phase, a pattern = safety (src/platform/effects.ts). Only the Stop
  // benchmark asks for it: its warp moves the app's clock, so the app's own cue log (`?bench`,
  // window.__tractusCueLog) is not on the page's native clock there.
  if (options.vibrations) {
    Object.defineProperty(Navigator.prototype, 'vibrate', {
      configurable: true,
      writable: true,
      value(pattern) {
        bench.vibrations.push({ t: nativeNow(), pattern });
        return true;
      },
    });
  }

  // The session in progress is saved at every phase change; its snapshot carries the exact times
  // the domain scheduled: phaseStartedAt, deadline and the in-phase cues.
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function benchPut(value, key) {
    const snapshot = value && value.key === 'active' ? value.value?.snapshot : undefined;
    if (snapshot?.context) {
      const { context } = snapshot;
      const pull = context.pulls[context.pulls.length - 1];
      bench.actives.push({
        t: nativeNow(),
        phase: snapshot.value,
        phaseStartedAt: context.phaseStartedAt,
        deadline: context.deadline,
        schedule: context.schedule.map((item) => ({ at: item.at, cue: item.cue })),
        releaseReason: pull?.releaseReason ?? null,
      });
    }
    return key === undefined ? put.call(this, value) : put.call(this, value, key);
  };

  // Captions as they reach the DOM (each caption is a keyed span with data-cue).
  const seen = new WeakSet();
  const observer = new MutationObserver((records) => {
    const t = nativeNow();
    if (bench.firstScreenAt === null && document.querySelector('h1')) bench.firstScreenAt = t;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        const spans = node.matches('[data-cue]') ? [node] : node.querySelectorAll('[data-cue]');
        for (const span of spans) {
          if (seen.has(span)) continue;
          seen.add(span);
          bench.captions.push({ t, cue: span.getAttribute('data-cue') });
        }
      }
    }
  });
  const watch = () => observer.observe(document, { subtree: true, childList: true });
  if (document.documentElement) watch();
  else document.addEventListener('readystatechange', watch, { once: true });

  // An app that preloads other screens does it in an idle callback: there first load ends.
  if (window.requestIdleCallback) {
    const idle = window.requestIdleCallback.bind(window);
    window.requestIdleCallback = (callback, opts) =>
      idle((deadline) => {
        bench.firstIdleAt ??= nativeNow();
        callback(deadline);
      }, opts);
  }

  // Clicks on buttons (History, Export) and the download the app hands to the browser.
  window.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button) {
        bench.clicks.push({ ts: event.timeStamp, text: button.textContent.trim() });
      }
    },
    { capture: true },
  );
  const anchorClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function benchClick() {
    if (this.download) bench.downloads.push({ t: nativeNow(), name: this.download });
    return anchorClick.call(this);
  };

  /** Resolves once `test()` holds after a DOM change: {domAt, frameAt} (the next frame). */
  bench.whenDom = (test) =>
    new Promise((resolve) => {
      const done = () => {
        const domAt = nativeNow();
        nativeRaf(() => resolve({ domAt, frameAt: nativeNow() }));
      };
      if (test()) {
        done();
        return;
      }
      const watcher = new MutationObserver(() => {
        if (!test()) return;
        watcher.disconnect();
        done();
      });
      watcher.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });

  bench.statusText = () =>
    document.querySelector('.live-session [role="status"]')?.textContent ?? '';

  // Stop presses: the event's own timeStamp, then when the DOM showed the release and its cue.
  // The listener only stamps the press; one observer, set up once, sees the DOM change, so the
  // probe adds as little as it can to the press's own task.
  if (options.stopCaption) {
    let open = null;
    const shown = () =>
      bench.statusText().startsWith('Release') &&
      (document.querySelector('.caption')?.textContent ?? '').includes(options.stopCaption);
    const settle = () => {
      if (!open || !shown()) return;
      const press = open;
      open = null;
      press.domAt = nativeNow();
      nativeRaf(() => {
        press.frameAt = nativeNow();
      });
    };
    const pressObserver = new MutationObserver(settle);
    const watchPresses = () =>
      pressObserver.observe(document, { subtree: true, childList: true, characterData: true });
    if (document.documentElement) watchPresses();
    else document.addEventListener('readystatechange', watchPresses, { once: true });
    window.addEventListener(
      'pointerdown',
      (event) => {
        const handlerAt = nativeNow();
        if (!(event.target instanceof Element) || !event.target.closest('.stop-bar__stop')) return;
        open = {
          downTs: event.timeStamp,
          handlerAt,
          pointerType: event.pointerType,
          domAt: null,
          frameAt: null,
        };
        bench.presses.push(open);
      },
      { capture: true },
    );
    // The browser's own input-to-next-paint figure (reported only from 16 ms, in 8 ms steps).
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name !== 'pointerdown') continue;
          bench.eventTimings.push({
            startTime: entry.startTime,
            duration: entry.duration,
            processingStart: entry.processingStart,
            processingEnd: entry.processingEnd,
          });
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    } catch {
      // Event Timing missing: the DOM figures still stand.
    }
  }

  // Every setTimeout callback's due time and when it ran, to split a cue's lateness into the
  // wake-up (the browser ran the timer late) and the work done once awake.
  if (options.timers) {
    const nativeSetTimeout = window.setTimeout.bind(window);
    bench.timerFires = [];
    window.setTimeout = (fn, ms = 0, ...args) => {
      const due = nativeNow() + Math.max(0, Number(ms) || 0);
      return nativeSetTimeout(() => {
        const firedAt = nativeNow();
        try {
          fn(...args);
        } finally {
          if (bench.timerFires.length < 20_000) {
            bench.timerFires.push({ due, firedAt, endAt: nativeNow() });
          }
        }
      }, ms);
    };
  }

  // How long the browser APIs behind each cue channel take (speech, Web Audio), to find the cost.
  if (options.calls) {
    bench.calls = [];
    const time = (owner, name, label) => {
      const original = owner?.[name];
      if (typeof original !== 'function') return;
      owner[name] = function timed(...args) {
        const t0 = nativeNow();
        try {
          return original.apply(this, args);
        } finally {
          bench.calls.push({ name: label, t0, ms: nativeNow() - t0 });
        }
      };
    };
    time(SpeechSynthesis.prototype, 'speak', 'speechSynthesis.speak');
    time(SpeechSynthesis.prototype, 'cancel', 'speechSynthesis.cancel');
    time(SpeechSynthesis.prototype, 'getVoices', 'speechSynthesis.getVoices');
    time(BaseAudioContext.prototype, 'createOscillator', 'createOscillator');
    time(BaseAudioContext.prototype, 'createGain', 'createGain');
    time(AudioContext.prototype, 'resume', 'AudioContext.resume');
    time(AudioNode.prototype, 'connect', 'AudioNode.connect');
    time(AudioScheduledSourceNode.prototype, 'start', 'oscillator.start');
    time(AudioScheduledSourceNode.prototype, 'stop', 'oscillator.stop');
    time(AudioParam.prototype, 'setValueAtTime', 'AudioParam.setValueAtTime');
    time(AudioParam.prototype, 'exponentialRampToValueAtTime', 'AudioParam.exponentialRamp');
  }

  if (options.warp) {
    const nativeSetTimeout = window.setTimeout.bind(window);
    const nativeClearTimeout = window.clearTimeout.bind(window);
    const timers = new Map();
    let nextId = 1;
    let offset = 0;
    const virtualNow = () => nativeNow() + offset;
    performance.now = virtualNow;
    const arm = (id, timer, delay) => {
      timer.handle = nativeSetTimeout(() => {
        timers.delete(id);
        timer.fn(...timer.args);
      }, delay);
    };
    window.setTimeout = (fn, ms = 0, ...args) => {
      const id = nextId++;
      const delay = Math.max(0, Number(ms) || 0);
      const timer = { due: virtualNow() + delay, fn, args, handle: 0 };
      timers.set(id, timer);
      arm(id, timer, delay);
      return id;
    };
    window.clearTimeout = (id) => {
      const timer = timers.get(id);
      if (!timer) return;
      nativeClearTimeout(timer.handle);
      timers.delete(id);
    };
    /** Moves time on by `ms`: timers due by then fire at once, the others keep their remainder. */
    bench.warp = (ms) => {
      offset += ms;
      bench.warpedMs += ms;
      for (const [id, timer] of timers) {
        nativeClearTimeout(timer.handle);
        arm(id, timer, Math.max(0, timer.due - virtualNow()));
      }
    };
  }
}
