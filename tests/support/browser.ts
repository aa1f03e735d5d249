/**
 * Real-browser testing: a static file server for `dist/` on loopback, and Debian's headless
 * Chromium driven by playwright-core. Tests fail (never skip) when Chromium is missing;
 * `npm test` installs it first (scripts/ensure-test-tools.ts).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { routeOf } from '../../src/lib/site-address.ts';
import { afterAll, beforeAll } from 'vitest';
import { BASE, DIST } from './site.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  /** Where the site is served, its base path included, without a final slash: `url + route` opens a page. */
  url: string;
  close(): Promise<void>;
  /** Bytes sent per path since the server started (for byte budgets). */
  bytesSent: Map<string, number>;
}

/** Text the way a static host compresses it (nginx's `gzip on` covers these types); Pagefind's own files are gzip already. */
const COMPRESSED_TYPES = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.svg']);

/**
 * Serves `root` like a static host, below `base` (the base path the site was built for):
 * `{base}a/` → `a/index.html`; unknown paths, and every path outside the base, → `404.html` with
 * status 404. With `gzip`, text goes out gzip-compressed to a browser that accepts it, as from a
 * host with compression on (timings under a slow network depend on it).
 */
export async function serveStatic(root = DIST, base = BASE, options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const bytesSent = new Map<string, number>();
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const route = routeOf(path, base);
    let file = normalize(join(root, route ?? '/404.html'));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const served = found ? file : join(root, '404.html');
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream' };
    const gzip =
      options.gzip &&
      COMPRESSED_TYPES.has(extname(served)) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    if (gzip) {
      if (!compressed.has(served)) compressed.set(served, gzipSync(readFileSync(served)));
      const body = compressed.get(served)!;
      response.writeHead(found ? 200 : 404, {
        ...headers,
        'Content-Encoding': 'gzip',
        'Content-Length': String(body.length),
      });
      bytesSent.set(path, (bytesSent.get(path) ?? 0) + body.length);
      response.end(body);
      return;
    }
    response.writeHead(found ? 200 : 404, headers);
    bytesSent.set(path, (bytesSent.get(path) ?? 0) + statSync(served).size);
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    bytesSent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Flags for a sandboxed, offline machine: no sandbox as root, no background network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * For a test file: the built site served on loopback and one Chromium, started before its tests
 * and closed after them. Read `site.server` and `site.browser` inside tests and hooks.
 */
export function useSite(): { readonly server: StaticServer; readonly browser: Browser } {
  const site: { server?: StaticServer; browser?: Browser } = {};
  beforeAll(async () => {
    site.server = await serveStatic();
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return {
    get server() {
      if (!site.server) throw new Error('useSite(): the server starts in beforeAll; use it inside tests and hooks.');
      return site.server;
    },
    get browser() {
      if (!site.browser) throw new Error('useSite(): Chromium starts in beforeAll; use it inside tests and hooks.');
      return site.browser;
    },
  };
}
