/** Helpers for tests that read the built site in `dist/` (built once by tests/support/global-setup.ts). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import config from '../../astro.config.mjs';
import { routeOf, withBase } from '../../src/lib/site-address.ts';
import { PATHS } from '../../src/publish/paths.ts';
import { atLeast } from './at-least.ts';

/** The built site: dist/, or the one in GAZETTE_BUILD_DIR (the scale benchmark's synthetic archive, src/publish/paths.ts). */
export const DIST = PATHS.dist;

/**
 * The site under test, as astro.config.mjs reads SITE_URL for the build the global setup made:
 * `SITE_URL=https://www.example.gov.cn/gongbao/ npm test` runs every suite on a site built for,
 * and served below, `/gongbao/`. Tests name pages by route (`/2021/4/`, as src/lib/paths.ts makes
 * them) and turn routes into what the site prints with sitePath().
 */
export const SITE = new URL(config.site!);
export const BASE = config.base ?? '/';

/** Every HTML file of the built site (`2021/4/02/index.html`), relative to dist/, Pagefind's left out. */
export function builtHtmlFiles(directory = DIST): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : builtHtmlFiles(path);
    return entry.name.endsWith('.html') ? [relative(DIST, path).split(sep).join('/')] : [];
  });
}

/** The path the site prints for a built file (`2021/4/02/index.html` → `/2021/4/02/`, below the base). */
export function pathOfHtmlFile(file: string): string {
  return sitePath(`/${file.replace(/index\.html$/, '')}`);
}

/** `/2021/4/` → `/gongbao/2021/4/` on a site built below /gongbao/. */
export function sitePath(route: string): string {
  return withBase(route, BASE);
}

/** The route of a path the site printed (`/gongbao/2021/4/` → `/2021/4/`); a path outside the base fails the test. */
export function routeOfPath(path: string): string {
  const route = routeOf(path, BASE);
  if (route === null) throw new Error(`${path} is outside the site's base path ${BASE}`);
  return route;
}

/** What `npm run build` reads: a change to any of these after the build leaves dist/ out of date. */
const BUILD_INPUTS = ['src', 'content', 'scripts', 'public', 'astro.config.mjs', 'pagefind.yml', 'package.json'];
/** Not inputs, though inside them: what the build writes under src/ (from content/), and the benchmarks. */
const NOT_BUILD_INPUTS = [
  PATHS.generatedDocuments,
  PATHS.generatedReports,
  resolve('scripts/bench.ts'),
  resolve('scripts/bench'),
];

/** The most recently modified file under `paths`, skipping NOT_BUILD_INPUTS. */
function newestFile(paths: string[]): { path: string; modified: number } | null {
  let newest: { path: string; modified: number } | null = null;
  const visit = (path: string) => {
    if (!existsSync(path) || NOT_BUILD_INPUTS.includes(resolve(path))) return;
    const stats = statSync(path);
    if (stats.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else if (!newest || stats.mtimeMs > newest.modified) newest = { path, modified: stats.mtimeMs };
  };
  for (const path of paths) visit(path);
  return newest;
}

/**
 * Why dist/ cannot stand for the current code and content, or null when it can: for runs that
 * test or measure the site already built (SKIP_SITE_BUILD=1, `npm run bench`), which would
 * otherwise pass or fail on an old site. Every build rewrites dist/index.html.
 */
export function staleDist(): string | null {
  const built = join(DIST, 'index.html');
  if (!existsSync(built)) return 'dist/ has not been built';
  const newest = newestFile(BUILD_INPUTS);
  if (newest && newest.modified > statSync(built).mtimeMs)
    return `${relative(process.cwd(), newest.path)} changed after dist/ was built`;
  return null;
}

/** What content/ holds today: the least that a loop over the built site's years, issues or documents must see. */
export const ARCHIVE_SIZE = { years: 3, issues: 4, documents: 47 } as const;

export function readDist(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file))
    throw new Error(`dist/${path} is missing: the site was not built (tests/support/global-setup.ts builds it).`);
  return readFileSync(file, 'utf8');
}

export function readDistJson<T>(path: string): T {
  return JSON.parse(readDist(path)) as T;
}

/** dist/data/documents.json, which every loop over the built documents reads: refused when it lists fewer than the archive holds. */
export function builtDocuments(): OpenDataDocument[] {
  return atLeast(
    ARCHIVE_SIZE.documents,
    readDistJson<OpenDataDocument[]>('data/documents.json'),
    'documents in dist/data/documents.json',
  );
}

export interface OpenDataDocument {
  id: string;
  url: string;
  issue: string;
  issueTitle: string;
  order: number;
  section: string | null;
  title: string;
  organ: string | null;
  docNumber: string | null;
  date: string | null;
  issuedDate: string | null;
  type: string;
}

export interface OpenDataIssue {
  id: string;
  title: string;
  year: number;
  number: number;
  documentCount: number;
  url: string;
}
