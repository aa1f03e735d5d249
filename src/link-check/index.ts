/**
 * The link check of a built site: every URL that any built file names (extract.ts) must lead to a
 * file of the site, below its base path, and a fragment (`#附件1`) to an element of the page it
 * names. URLs to other hosts are not followed (the archive names none but schema.org's context);
 * an absolute URL on the site's own address counts like a path. Works on a listing of the built
 * files and a reader, so it is tested on small sites made in memory.
 */
import { routeOf, withBase } from '../lib/site-address.ts';
import { extractFile, type ExtractedFile, type FoundUrl } from './extract.ts';

export interface BuiltSite {
  /** Every file, as its path inside the site folder with `/` separators (`2021/4/index.html`). */
  files: ReadonlySet<string>;
  read(path: string): string;
}

export interface SiteAddress {
  /** The site's public address, base path included (`https://www.example.gov.cn/gongbao/`). */
  site: string;
  /** `/gongbao/`, or `/` for a site at the root of its domain. */
  base: string;
}

export interface BrokenLink {
  /** The file that names the URL. */
  file: string;
  url: string;
  where: string;
  reason: string;
}

/** Files whose URLs are read: Pagefind's compressed index files are skipped whole (see extract.ts). */
const READ = /\.(?:html|json|webmanifest|xml|txt|css|js)$/;

/** The file a route is served from: `/2021/` → `2021/index.html`, `/data/issues.json` → itself. */
function fileOf(route: string, files: ReadonlySet<string>): string | null {
  const path = decodeURI(route.slice(1));
  if (path === '' || path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : null;
  if (files.has(path)) return path;
  return files.has(`${path}/index.html`) ? `${path}/index.html` : null;
}

/** The URL a file of the site is served at: `2021/index.html` → `/gongbao/2021/`. */
function pageUrl(file: string, address: SiteAddress): URL {
  return new URL(withBase(`/${file.replace(/(?:^|(?<=\/))index\.html$/, '')}`, address.base), address.site);
}

export function checkLinks(built: BuiltSite, address: SiteAddress): BrokenLink[] {
  const extracted = new Map<string, ExtractedFile>();
  for (const file of [...built.files].sort())
    if (READ.test(file)) extracted.set(file, extractFile(file, built.read(file)));

  const broken: BrokenLink[] = [];
  const origin = new URL(address.site).origin;
  for (const [file, { urls }] of extracted) {
    const here = pageUrl(file, address);
    for (const found of urls) {
      const reason = problem(found, here, origin, address.base, built.files, extracted);
      if (reason) broken.push({ file, url: found.url, where: found.where, reason });
    }
  }
  return broken;
}

function problem(
  found: FoundUrl,
  here: URL,
  origin: string,
  base: string,
  files: ReadonlySet<string>,
  extracted: ReadonlyMap<string, ExtractedFile>,
): string | null {
  let target: URL;
  try {
    target = new URL(found.kind === 'route' ? withBase(found.url, base) : found.url, here);
  } catch {
    return 'not a URL';
  }
  if (target.origin !== origin) return null;
  const route = routeOf(target.pathname, base);
  if (route === null) return `outside the site's base path ${base}`;
  const file = fileOf(route, files);
  if (!file) return 'no such file in the site';
  if (!target.hash) return null;
  const ids = extracted.get(file)?.ids;
  if (!ids) return `a fragment on ${file}, which is not a page`;
  const id = decodeURIComponent(target.hash.slice(1));
  return ids.has(id) ? null : `no element with id “${id}” on ${file}`;
}
