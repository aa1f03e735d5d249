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

/**
 * Where a local build is looked at: `npm run preview` and `npm run dev` serve the site here. A
 * build for this address is for the builder's own eyes, never for publishing.
 */
export const LOCAL_PREVIEW_ADDRESS = 'http://localhost:4321/';

/** The address a build is made for, or why it cannot be made (in Chinese, for staff and developers). */
export type BuildAddress = { site: string; local: boolean } | { error: string };

/**
 * The public address must be given: canonical URLs, feeds, the sitemap, JSON-LD and citations are
 * made from it, and a site built for a guessed address would send search engines and readers
 * there. Without SITE_URL a build is made only when asked for as a local preview.
 */
export function buildAddress(siteUrl: string | undefined, local: boolean): BuildAddress {
  if (!siteUrl) {
    if (local) return { site: LOCAL_PREVIEW_ADDRESS, local: true };
    return {
      error:
        '没有设置网站的公开地址 SITE_URL：网页的规范网址、订阅源、站点地图和引用网址都由它生成，不能猜测。' +
        '发布时请这样构建：SITE_URL=https://正式网址/ npm run build（网站放在子目录时带上目录，如 https://www.example.gov.cn/gongbao/）；' +
        `只在本机预览时运行 npm run build:local（网址为 ${LOCAL_PREVIEW_ADDRESS}，不能用于发布）。`,
    };
  }
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return {
      error: `SITE_URL “${siteUrl}” 不是完整的网址：请写成 https://正式网址/ 的形式（以 https:// 或 http:// 开头）。`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return {
      error: `SITE_URL “${siteUrl}” 不是网页地址：请写成 https://正式网址/ 的形式（以 https:// 或 http:// 开头）。`,
    };
  return { site: siteUrl, local: false };
}
