/**
 * Where the archive is published. SITE_URL may name a folder of a larger site
 * (`https://www.example.gov.cn/gongbao/`); the archive then lives entirely below that folder, its
 * base path (`/gongbao/`). Pages, helpers and tests speak of routes — `/2021/4/`, the same
 * whatever the base — and every URL the site prints is made from a route here, so that no link
 * can leave the base. Free of Astro and Vite imports: the build's scripts and the tests use it
 * too. In pages and page scripts, `href()` (href.ts) binds the base of the current build.
 */

/** A path without the slashes it ends with, found from the end (no pattern tried at every position). */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end -= 1;
  return path.slice(0, end);
}

/** The folder a site address names, with both slashes: `https://x.gov.cn/gongbao` → `/gongbao/`; none → `/`. */
export function basePath(siteUrl: string | URL | undefined): string {
  if (!siteUrl) return '/';
  const path = withoutTrailingSlashes(new URL(siteUrl).pathname);
  return `${path}/`;
}

/** `/2021/4/` on a site whose base is `/gongbao/` → `/gongbao/2021/4/`. */
export function withBase(route: string, base: string): string {
  if (!route.startsWith('/')) throw new Error(`withBase: “${route}” is not a route (routes start with /)`);
  return `${withoutTrailingSlashes(base)}${route}`;
}

/** The absolute URL of a route on the site: `/2021/4/` → `https://x.gov.cn/gongbao/2021/4/`. */
export function absoluteUrl(route: string, site: string | URL): string {
  return new URL(withBase(route, basePath(site)), site).href;
}

/** The route a path of the site names (`/gongbao/2021/` → `/2021/`), or null for a path outside the base. */
export function routeOf(path: string, base: string): string | null {
  const folder = withoutTrailingSlashes(base);
  if (path === folder) return '/';
  return path.startsWith(`${folder}/`) ? path.slice(folder.length) : null;
}
