/**
 * robots.txt naming the sitemap by its absolute URL, which depends on the configured site. Crawlers
 * read robots.txt only at the root of a domain: for an archive below a folder the host copies
 * these lines into its own (docs/hosting.md).
 */
import type { APIRoute } from 'astro';
import { href } from '../lib/href';
import { absoluteUrl } from '../lib/site-address';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${href('/')}\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
