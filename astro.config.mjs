// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { PATHS } from './src/publish/paths.ts';
import { rehypeAppointmentAnchors } from './src/lib/appointment-anchors.ts';
import { rehypeAttachmentLinks } from './src/lib/attachment-links.ts';
import { rehypeCitationLinks } from './src/lib/citation-links.ts';
import { CONTENT_SECURITY_POLICY, pagePolicies } from './src/lib/content-security.ts';
import { remarkNoAutolinks } from './src/lib/no-autolinks.ts';
import { basePath, LOCAL_PREVIEW_ADDRESS } from './src/lib/site-address.ts';

// The public address of the archive; canonical URLs, JSON-LD and the sitemap are built from it.
// `npm run build` refuses to start without it (scripts/build.ts); `astro dev`, `astro preview` and
// `astro check` run without it, at the address the dev server and the preview serve.
// An empty SITE_URL (a workflow variable that is not set) is no address.
const site = process.env.SITE_URL || LOCAL_PREVIEW_ADDRESS;
// The folder SITE_URL names (`https://www.example.gov.cn/gongbao/` → `/gongbao/`): every URL the
// site prints is below it (src/lib/site-address.ts).
const base = basePath(site);

export default defineConfig({
  site,
  base,
  // From src/publish/paths.ts, so that a build pointed elsewhere (GAZETTE_BUILD_DIR) leaves the project's own output alone.
  outDir: PATHS.dist,
  cacheDir: PATHS.astroCache,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A Content-Security-Policy <meta> on every page, each allowing only its own inline scripts (src/lib/content-security.ts).
  integrations: [sitemap(), pagePolicies()],
  security: { csp: CONTENT_SECURITY_POLICY },
  // href() (src/lib/href.ts) takes the base from here: Astro's import.meta.env.BASE_URL gives way
  // to a BASE_URL environment variable, which Vitest, among others, sets to `/`.
  vite: { define: { __SITE_BASE__: JSON.stringify(base) } },
  markdown: {
    // The converter's Markdown is rendered by the unified pipeline (remark-parse → remark-rehype →
    // rehype-stringify) as CommonMark: no GFM, whose autolink literals would turn addresses in the
    // text into links, and no `<…>` autolinks either (src/lib/no-autolinks.ts). Tests render
    // through this same processor. The site adds links from the text to the attachments
    // (src/lib/attachment-links.ts), ids to the items of personnel notices, which the appointments'
    // records link to (src/lib/appointment-anchors.ts), and links each citation of an archived
    // document to it (src/lib/citation-links.ts; the plugin runs outside Vite, so it is given the
    // base rather than calling href()).
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkNoAutolinks],
      rehypePlugins: [rehypeAttachmentLinks, rehypeAppointmentAnchors, [rehypeCitationLinks, { base }]],
    }),
  },
});
