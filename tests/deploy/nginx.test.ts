/**
 * The archive as a host serves it: nginx from Debian with the hosting guide's example
 * configuration (docs/hosting/nginx.conf, tests/support/nginx.ts), for a site built below
 * /gongbao/ and one built for the root of its domain — the build under test (dist/, for whatever
 * SITE_URL the run has) and a second build for the other case. In real Chromium: every page
 * reached from the home page loads with every request answered and none outside the base path;
 * a search finds a document and opens it highlighted; the 404 page, redirects, compression and
 * cache headers are what the guide promises.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeOf, withBase } from '../../src/lib/site-address.ts';
import { atLeast } from '../support/at-least.ts';
import { launchChromium } from '../support/browser.ts';
import { serveWithNginx, type Nginx } from '../support/nginx.ts';
import { open } from '../support/page-tools.ts';
import { PAGES, SEARCHED_DOCUMENT } from '../support/pages.ts';
import { ARCHIVE_SIZE, BASE, DIST, SITE } from '../support/site.ts';
import { openSearch } from '../search/support.ts';

interface Build {
  siteUrl: string;
  base: string;
  dist: string;
}

const BELOW_A_FOLDER = 'https://www.example.gov.cn/gongbao/';
const AT_THE_ROOT = 'https://gazette.huaiyin.example/';
const OTHER_BUILD_DIR = '.test-builds/nginx-other';

/** The build under test, and the other case built here (GAZETTE_BUILD_DIR keeps it apart from dist/). */
const BUILDS: Build[] = [
  { siteUrl: SITE.href, base: BASE, dist: DIST },
  BASE === '/'
    ? { siteUrl: BELOW_A_FOLDER, base: '/gongbao/', dist: join(OTHER_BUILD_DIR, 'dist') }
    : { siteUrl: AT_THE_ROOT, base: '/', dist: join(OTHER_BUILD_DIR, 'dist') },
];

beforeAll(() => {
  const other = BUILDS[1]!;
  const result = spawnSync('node', ['scripts/build.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_URL: other.siteUrl, GAZETTE_BUILD_DIR: OTHER_BUILD_DIR },
  });
  if (result.status !== 0) throw new Error(`npm run build for ${other.siteUrl} failed; see the output above.`);
}, 400_000);

/** Records what a reader's browser would run into: failed requests, error statuses, requests outside the base, script errors. */
function watch(context: BrowserContext, nginx: Nginx, base: string): string[] {
  const problems: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:') return;
    if (url.origin !== nginx.origin) problems.push(`${request.url()}: a request to another host`);
    else if (routeOf(url.pathname, base) === null) problems.push(`${request.url()}: a request outside ${base}`);
  });
  context.on('requestfailed', (request) => {
    // Chromium aborts what a page still loads (its icon, say) when the crawl moves on; a file that
    // is missing shows as its status instead.
    const why = request.failure()?.errorText;
    if (why !== 'net::ERR_ABORTED') problems.push(`${request.url()}: failed (${why})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.url()}: status ${response.status()}`);
  });
  context.on('weberror', (error) => problems.push(`script error: ${error.error().message}`));
  return problems;
}

for (const build of BUILDS) {
  describe(`a site built for ${build.siteUrl}, served by nginx below ${build.base}`, () => {
    let nginx: Nginx;
    let browser: Browser;
    beforeAll(async () => {
      nginx = await serveWithNginx(build.dist, build.base);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await nginx?.close();
    });

    it('loads every page linked from the home page with every request answered, none outside the base path', async () => {
      const context = await browser.newContext();
      const problems = watch(context, nginx, build.base);
      const page = await context.newPage();
      const queue = [`${nginx.url}/`];
      const visited = new Set<string>(queue);
      for (let next = queue.shift(); next; next = queue.shift()) {
        // A CSV is a download, which a navigation cannot open: fetched instead, its status checked.
        if (new URL(next).pathname.endsWith('.csv')) {
          const response = await page.request.get(next);
          if (!response.ok()) problems.push(`${next}: status ${response.status()}`);
          continue;
        }
        await page.goto(next, { waitUntil: 'load' });
        const links = await page.$$eval('a[href]', (anchors) =>
          anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
        );
        for (const link of links) {
          const url = new URL(link);
          url.hash = '';
          if (url.origin === nginx.origin && !visited.has(url.href)) {
            visited.add(url.href);
            queue.push(url.href);
          }
        }
      }
      await context.close();
      // Every document, issue and year page, home, search, the open data and the sitemap.
      atLeast(ARCHIVE_SIZE.documents + ARCHIVE_SIZE.issues + ARCHIVE_SIZE.years + 4, [...visited], 'pages crawled');
      expect([...visited].filter((url) => url.endsWith('/data/documents.json'))).toHaveLength(1);
      expect(problems).toEqual([]);
    });

    it('searches and opens the document found, highlighted, below the base path', async () => {
      const context = await browser.newContext();
      const problems = watch(context, nginx, build.base);
      const page = await context.newPage();
      await openSearch(page, nginx.url, { q: '耕地保护' });
      await Promise.all([page.waitForURL(/highlight=/), page.click('#search-results > li:first-child h2 a')]);
      expect(new URL(page.url()).pathname).toBe(withBase(SEARCHED_DOCUMENT.path, build.base));
      expect(await page.textContent('h1')).toBe(SEARCHED_DOCUMENT.heading);
      await page.waitForSelector('mark.search-hit');
      await context.close();
      expect(problems).toEqual([]);
    });

    it('answers an address the archive does not have with its 404 page, styled, at any depth', async () => {
      const context = await browser.newContext();
      const problems = watch(context, nginx, build.base);
      const page = await context.newPage();
      await open(page, `${nginx.url}/2021/4/no/such/page/`, PAGES.notFound, 'load');
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
      await context.close();
      expect(problems).toEqual([`${nginx.url}/2021/4/no/such/page/: status 404`]);
    });

    it('compresses text, caches hashed files for a year and has browsers ask again for the rest', async () => {
      const get = (route: string) =>
        fetch(`${nginx.origin}${withBase(route, build.base)}`, { headers: { 'Accept-Encoding': 'gzip' } });
      const home = await get('/');
      expect(home.headers.get('content-encoding')).toBe('gzip');
      expect(home.headers.get('cache-control')).toBe('no-cache');
      const stylesheet = readdirSync(join(build.dist, '_astro')).find((name) => name.endsWith('.css'))!;
      const style = await get(`/_astro/${stylesheet}`);
      expect([style.status, style.headers.get('content-encoding')]).toEqual([200, 'gzip']);
      expect(style.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const fragment = readdirSync(join(build.dist, 'pagefind/fragment'))[0]!;
      const chunk = await get(`/pagefind/fragment/${fragment}`);
      expect(chunk.status).toBe(200);
      expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // Already gzip: sent as it is.
      expect(chunk.headers.get('content-encoding')).toBeNull();
      for (const route of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/result-cards.json']) {
        const response = await get(route);
        expect([route, response.status, response.headers.get('cache-control')]).toEqual([route, 200, 'no-cache']);
      }
      const manifest = await get('/manifest.webmanifest');
      expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    });

    if (build.base !== '/')
      it('redirects the folder without its final slash to the home page', async () => {
        const response = await fetch(`${nginx.url}`, { redirect: 'manual' });
        expect([response.status, response.headers.get('location')]).toEqual([301, build.base]);
      });
  });
}
