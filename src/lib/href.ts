/**
 * The one way pages and page scripts write an internal URL: `href('/2021/4/')` is `/gongbao/2021/4/`
 * when the site is built for `https://www.example.gov.cn/gongbao/` (site-address.ts). Astro's
 * `base` (astro.config.mjs, from SITE_URL) reaches both through Vite as the constant __SITE_BASE__
 * (not import.meta.env.BASE_URL, which an environment variable of that name overrides).
 */
import { withBase } from './site-address.ts';

declare const __SITE_BASE__: string;

export function href(route: string): string {
  return withBase(route, __SITE_BASE__);
}
