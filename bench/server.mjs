// A tiny static server for the production build (gzip like a real host) and the bench-only pages.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg']);

async function fileFor(root, pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = resolve(join(root, safe));
  if (!file.startsWith(resolve(root))) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

/**
 * Serves `appDir` at / and `pagesDir` at /__bench/. Hashed assets are cached for a year, the rest
 * revalidated, as a static host would; compressible files are gzipped when the browser asks.
 */
export async function startServer({ appDir, pagesDir, port }) {
  const cache = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const bench = url.pathname.startsWith('/__bench/');
    const root = bench ? pagesDir : appDir;
    const pathname = bench ? url.pathname.slice('/__bench'.length) : url.pathname;
    const file = await fileFor(root, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const ext = extname(file);
    let body = cache.get(file);
    if (!body) {
      const raw = await readFile(file);
      body = { raw, gzip: COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: 9 }) : null };
      cache.set(file, body);
    }
    const gzip = body.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      vary: 'accept-encoding',
    };
    if (gzip) headers['content-encoding'] = 'gzip';
    const payload = gzip ? body.gzip : body.raw;
    headers['content-length'] = payload.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : payload);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
