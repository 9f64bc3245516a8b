// Benchmark 4: History with ten years of daily sessions — opening the list, and a full JSON export.
import { newPage, seed } from './browser.mjs';
import { median, round, sleep, summary } from './stats.mjs';

const HISTORY_PLAN = {
  technique: 'ankleHold',
  holdSeconds: 10,
  holdMaxSeconds: 15,
  releaseSeconds: 5,
  restSeconds: 20,
  totalMinutes: 10,
};

function button(page, name) {
  return page.getByRole('button', { name, exact: true });
}

/** Page time (ms since the page's time origin) to epoch ms, to compare with Node's clock. */
async function pageEpoch(page, pageMs) {
  const origin = await page.evaluate(() => performance.timeOrigin);
  return origin + pageMs;
}

async function openHistory(page) {
  await page.goto('/');
  await button(page, 'Begin a session').waitFor();
  // A user opening History a moment after the app has settled.
  await page.waitForLoadState('networkidle');
  await sleep(300);
  await page.evaluate(() => {
    window.__bench.reset();
    window.__bench.listShown = window.__bench.whenDom(
      () => document.querySelectorAll('ol.session-list > li').length > 0,
    );
    // Trends read every stored session; they are ready when the pain trend's section appears.
    window.__bench.trendsShown = window.__bench.whenDom(
      () => document.querySelector('#history-pain-trend') !== null,
    );
  });
  await button(page, 'History').click();
  return page.evaluate(async () => {
    const bench = window.__bench;
    const list = await bench.listShown;
    const click = bench.clicks.find((c) => c.text === 'History');
    const items = document.querySelectorAll('ol.session-list > li').length;
    const trends = await bench.trendsShown;
    return {
      listDomMs: list.domAt - click.ts,
      listFrameMs: list.frameAt - click.ts,
      trendsFrameMs: trends.frameAt - click.ts,
      items,
      showing: document.querySelector('#history-sessions')?.nextElementSibling?.textContent ?? '',
    };
  });
}

async function exportBackup(page) {
  await page.evaluate(() => window.__bench.reset());
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await button(page, 'Export backup (JSON)').click();
  const file = await download;
  const downloadEventAt = performance.timeOrigin + performance.now();
  const inPage = await page.evaluate(() => {
    const bench = window.__bench;
    const click = bench.clicks.find((c) => c.text === 'Export backup (JSON)');
    return { clickTs: click.ts, handedOverAt: bench.downloads[0]?.t ?? null };
  });
  const clickEpoch = await pageEpoch(page, inPage.clickTs);
  const size = await file
    .path()
    .then(async (path) => (await import('node:fs/promises')).stat(path))
    .then((s) => s.size)
    .catch(() => null);
  await file.delete().catch(() => undefined);
  return {
    toDownloadEventMs: downloadEventAt - clickEpoch,
    toDownloadHandedOverMs:
      inPage.handedOverAt === null ? null : inPage.handedOverAt - inPage.clickTs,
    bytes: size,
  };
}

/** Seeds the store once, then `runs` times: load the app, open History, export a backup. */
export async function runHistory({ browser, origin, sessions = 3650, pulls = 20, runs = 5, log }) {
  const { context, page } = await newPage(browser, { origin });
  try {
    const seeded = await seed(page, { plan: HISTORY_PLAN, sessions, pullsPerSession: pulls });
    log?.(`history: seeded ${seeded.sessions} sessions in ${Math.round(seeded.ms)} ms`);
    const opens = [];
    const exports = [];
    for (let run = 0; run < runs; run++) {
      opens.push(await openHistory(page));
      exports.push(await exportBackup(page));
      log?.(
        `history: run ${run + 1}/${runs}: list ${round(opens[run].listFrameMs, 1)} ms, ` +
          `export ${round(exports[run].toDownloadEventMs, 1)} ms`,
      );
    }
    // Where the export's time goes, measured piece by piece with the app's code on the bench page.
    await page.goto('/__bench/seed.html');
    await page.waitForFunction(() => typeof window.tractusBenchExportParts === 'function');
    const parts = [];
    for (let i = 0; i < 3; i++)
      parts.push(await page.evaluate(() => window.tractusBenchExportParts()));
    const part = (key) => round(median(parts.map((p) => p[key])), 1);
    return {
      seeded: { ...seeded, ms: round(seeded.ms, 0) },
      runs,
      itemsShown: opens[0]?.items ?? 0,
      showing: opens[0]?.showing ?? '',
      openListFrameMs: round(median(opens.map((o) => o.listFrameMs))),
      openListDomMs: round(median(opens.map((o) => o.listDomMs))),
      openTrendsFrameMs: round(median(opens.map((o) => o.trendsFrameMs))),
      exportToDownloadMs: round(median(exports.map((e) => e.toDownloadEventMs))),
      exportHandedOverMs: round(median(exports.map((e) => e.toDownloadHandedOverMs))),
      exportBytes: exports[0]?.bytes ?? null,
      exportParts: {
        readRowsMs: part('readRowsMs'),
        exportAllMs: part('exportAllMs'),
        serializeMs: part('serializeMs'),
        blobMs: part('blobMs'),
        chars: parts[0]?.chars ?? null,
      },
      all: {
        openListFrameMs: summary(opens.map((o) => o.listFrameMs)),
        exportToDownloadMs: summary(exports.map((e) => e.toDownloadEventMs)),
      },
    };
  } finally {
    await context.close();
  }
}
