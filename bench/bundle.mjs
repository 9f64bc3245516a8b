// Benchmark 5: the JavaScript of the first load (gzip), from what Chromium fetched, and every chunk.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { newPage } from './browser.mjs';
import { sleep } from './stats.mjs';

/** gzip level 9, as Vite's build report uses. */
function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

export async function listChunks(distDir) {
  const assets = join(distDir, 'assets');
  const names = (await readdir(assets)).filter((n) => n.endsWith('.js')).sort();
  const chunks = [];
  for (const name of names) {
    const raw = await readFile(join(assets, name));
    chunks.push({ file: `assets/${name}`, bytes: raw.length, gzip: gzipSize(raw) });
  }
  return chunks;
}

/** What index.html pulls in before any script runs: its module script and modulepreloads. */
async function staticEntry(distDir) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/g)];
  return refs.map((m) => m[1]);
}

/**
 * A first visit (empty storage, no service worker) on the phone profile, until the network has
 * been quiet for 500 ms with the first screen up. Every script fetched by then is first load,
 * except any fetched after the app's first idle callback ran: that is where an app preloads the
 * screens it does not show yet (Tractus did until c58979c), and those are not first load.
 */
export async function runBundle({ browser, origin, distDir, modules = {} }) {
  const chunks = await listChunks(distDir);
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const { context, page } = await newPage(browser, { origin });
  try {
    const requested = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Tractus' }).waitFor();
    await page.waitForLoadState('networkidle');
    await sleep(500);
    const timing = await page.evaluate(() => ({
      firstIdleAt: window.__bench.firstIdleAt,
      firstScreenAt: window.__bench.firstScreenAt,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ path: new URL(e.name).pathname, startTime: e.startTime })),
    }));
    const cutoff = timing.firstIdleAt ?? Number.POSITIVE_INFINITY;
    const firstLoad = timing.scripts
      .filter((s) => s.startTime < cutoff)
      .map((s) => s.path.replace(/^\//, ''));
    const known = (files) => files.filter((f) => byFile.has(f));
    const sum = (files, key) => files.reduce((total, f) => total + (byFile.get(f)?.[key] ?? 0), 0);
    const first = [...new Set(known(firstLoad))];
    // The first screen is up when its h1 reaches the DOM: what was requested before it delayed it.
    const beforeScreen = [
      ...new Set(
        known(
          timing.scripts
            .filter((s) => s.startTime < (timing.firstScreenAt ?? Number.POSITIVE_INFINITY))
            .map((s) => s.path.replace(/^\//, '')),
        ),
      ),
    ];
    const all = [...new Set(known(requested.map((p) => p.replace(/^\//, ''))))];
    const entry = known(await staticEntry(distDir));
    return {
      firstScreen: 'Welcome (first visit)',
      cutoff: timing.firstIdleAt === null ? 'network idle' : 'first idle callback',
      firstScreenAtMs: timing.firstScreenAt,
      firstIdleAtMs: timing.firstIdleAt,
      firstLoad: { files: first, bytes: sum(first, 'bytes'), gzip: sum(first, 'gzip') },
      beforeFirstScreen: { files: beforeScreen, gzip: sum(beforeScreen, 'gzip') },
      htmlEntry: { files: entry, gzip: sum(entry, 'gzip') },
      byNetworkIdle: { files: all.length, gzip: sum(all, 'gzip') },
      allChunks: {
        count: chunks.length,
        gzip: sum(
          chunks.map((c) => c.file),
          'gzip',
        ),
      },
      chunks: chunks.map((c) => ({
        ...c,
        firstLoad: first.includes(c.file),
        loadedByIdle: all.includes(c.file),
        largestModules: modules[c.file] ?? [],
      })),
    };
  } finally {
    await context.close();
  }
}
