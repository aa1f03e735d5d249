/**
 * Build step after the search index: the link check of the built site (src/link-check/). Every
 * internal link, asset, JSON URL, sitemap entry and in-page anchor must lead somewhere below the
 * site's base path; otherwise the build fails and lists them. Part of `npm run build`.
 * Usage: node scripts/check-links.ts   (checks PATHS.dist for the site astro.config.mjs builds)
 */
import config from '../astro.config.mjs';
import { checkLinks } from '../src/link-check/index.ts';
import { readBuiltSite } from '../src/link-check/disk.ts';
import { formatLinkCheck } from '../src/link-check/report.ts';
import { PATHS } from '../src/publish/paths.ts';

const built = readBuiltSite(PATHS.dist);
const broken = checkLinks(built, { site: config.site!, base: config.base ?? '/' });
// A failure goes to stderr, which the build's callers show even when they hide its progress.
if (broken.length > 0) console.error(formatLinkCheck(broken, built.files.size));
else console.log(formatLinkCheck(broken, built.files.size));
process.exitCode = broken.length > 0 ? 1 : 0;
