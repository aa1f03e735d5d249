// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { rehypeAttachmentLinks } from './src/lib/attachment-links.ts';

// The public address of the archive; canonical URLs, JSON-LD and the sitemap are built from it.
const site = process.env.SITE_URL ?? 'https://gazette.huaiyin.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap()],
  markdown: {
    // The converter's Markdown is rendered by the unified pipeline (remark-parse → remark-rehype →
    // rehype-stringify) with GFM, so the same parser reads it in tests and in the build. The site
    // adds links from the text to the attachments (src/lib/attachment-links.ts).
    processor: unified({ gfm: true, smartypants: false, rehypePlugins: [rehypeAttachmentLinks] }),
  },
});
