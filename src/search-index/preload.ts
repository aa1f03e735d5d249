/**
 * The search page's preloads of the two index files whose names only exist once Pagefind has run:
 * the entry file and the language's metadata. Pagefind fetches them one after the other once its
 * script has started (about 350 ms on a phone's 150 ms round trips); listed in the page's <head>,
 * they arrive with the page. Pagefind asks for the entry file with a cache-busting `?ts=`; the page
 * passes the same tag to Pagefind (`metaCacheTag`, read from the link's data attribute by
 * src/lib/search/page.ts), so the preloaded response is the one it uses. The tag is the metadata's
 * content hash: a new index is a new tag, so no browser keeps an old entry file.
 */
import { META_CACHE_TAG_ATTRIBUTE } from '../lib/search/config.ts';
import { withBase } from '../lib/site-address.ts';

/** `<link rel="preload">`s for the entry file and the metadata of language `hash`, placed before `</head>`. */
export function withIndexPreloads(html: string, base: string, metaHash: string): string {
  if (!/^[\w-]+$/.test(metaHash)) throw new Error(`Unexpected Pagefind metadata hash “${metaHash}”.`);
  const link = (route: string, extra = '') =>
    `<link rel="preload" href="${withBase(route, base)}" as="fetch" crossorigin="anonymous"${extra}>`;
  const links =
    link(`/pagefind/pagefind-entry.json?ts=${metaHash}`, ` ${META_CACHE_TAG_ATTRIBUTE}="${metaHash}"`) +
    link(`/pagefind/pagefind.${metaHash}.pf_meta`);
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error('The search page has no </head> to put the index preloads in.');
  return html.slice(0, end) + links + html.slice(end);
}
