/**
 * The one way pages and page scripts write an internal URL: `href('/2021/4/')` is `/gongbao/2021/4/`
 * when the site is built for `https://www.example.gov.cn/gongbao/` (site-address.ts). Astro's
 * `base` (astro.config.mjs, from SITE_URL) reaches both through Vite as import.meta.env.BASE_URL.
 */
import { withBase } from './site-address.ts';

export function href(route: string): string {
  return withBase(route, import.meta.env.BASE_URL);
}
