/**
 * The URLs each kind of built file points to, with the place that names them: in HTML every
 * `href`, `src`, `srcset`, form `action` and the URLs of its JSON-LD, plus the element ids its
 * fragments may name; in JSON (open data, the web manifest, the result cards) every `url`, `src`
 * and `start_url`; in a sitemap every `<loc>`; in robots.txt the `Sitemap:` line; in CSS every
 * `url()`; in the site's own scripts their static imports.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { descendantElements } from '../lib/hast-elements.ts';

export interface FoundUrl {
  url: string;
  /** What names it: `<a href>`, `JSON-LD url`, `sitemap <loc>`… */
  where: string;
  /**
   * `route` for the routes Pagefind stores in the result cards: the search page adds the base to
   * them, as Pagefind does to its own results. Everything else is a URL as a browser reads it.
   */
  kind: 'url' | 'route';
}

export interface ExtractedFile {
  urls: FoundUrl[];
  /** Ids (and `<a name>`s) a fragment can point to; null for a file that is not HTML. */
  ids: Set<string> | null;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'poster'] as const;
const JSON_URL_KEYS = new Set(['url', 'src', 'start_url', '@id']);

/** `a.png 1x, b.png 2x` → the two URLs (a candidate is a URL and an optional descriptor). */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s/)[0] ?? '')
    .filter(Boolean);
}

/** Every string under a URL-valued key, at any depth. */
function jsonUrls(value: unknown, where: string, kind: FoundUrl['kind'] = 'url', found: FoundUrl[] = []): FoundUrl[] {
  if (Array.isArray(value)) for (const item of value) jsonUrls(item, where, kind, found);
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) {
      if (JSON_URL_KEYS.has(key) && typeof item === 'string') found.push({ url: item, where: `${where} ${key}`, kind });
      else jsonUrls(item, where, kind, found);
    }
  return found;
}

function fromHtmlFile(content: string): ExtractedFile {
  const urls: FoundUrl[] = [];
  const ids = new Set<string>();
  for (const element of descendantElements(fromHtml(content))) {
    const { properties, tagName } = element;
    if (typeof properties.id === 'string') ids.add(properties.id);
    if (tagName === 'a' && typeof properties.name === 'string') ids.add(properties.name);
    for (const attribute of URL_ATTRIBUTES) {
      const value = properties[attribute];
      if (typeof value === 'string') urls.push({ url: value, where: `<${tagName} ${attribute}>`, kind: 'url' });
    }
    const srcset = properties.srcSet;
    const candidates = Array.isArray(srcset) ? srcset.join(', ') : typeof srcset === 'string' ? srcset : '';
    for (const url of srcsetUrls(candidates)) urls.push({ url, where: `<${tagName} srcset>`, kind: 'url' });
    if (tagName === 'script' && properties.type === 'application/ld+json')
      urls.push(...jsonUrls(JSON.parse(toText(element)), 'JSON-LD'));
    if (tagName === 'script' && properties.type === 'module' && !properties.src)
      urls.push(...scriptImports(toText(element)));
  }
  return { urls, ids };
}

/** Static imports of a bundled script: `from"./highlight.js"`, `import"/_astro/x.js"`. */
function scriptImports(code: string): FoundUrl[] {
  return [...code.matchAll(/\b(?:from|import)\s*["']([^"'\s]+)["']/g)].map((match) => ({
    url: match[1]!,
    where: 'script import',
    kind: 'url' as const,
  }));
}

/** The URLs and ids of one built file, by its path inside the site (`2021/4/index.html`). */
export function extractFile(path: string, content: string): ExtractedFile {
  const none = { urls: [], ids: null };
  if (path.endsWith('.html')) return fromHtmlFile(content);
  if (path === 'pagefind/result-cards.json')
    return { urls: jsonUrls(JSON.parse(content), 'result card', 'route'), ids: null };
  // Pagefind's own files name no URL of the site but through the fragments the result cards repeat.
  if (path.startsWith('pagefind/')) return none;
  if (path.endsWith('.json') || path.endsWith('.webmanifest'))
    return { urls: jsonUrls(JSON.parse(content), 'JSON'), ids: null };
  if (path.endsWith('.xml'))
    return {
      urls: [...content.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => ({
        url: match[1]!.trim(),
        where: 'sitemap <loc>',
        kind: 'url' as const,
      })),
      ids: null,
    };
  if (path === 'robots.txt')
    return {
      urls: [...content.matchAll(/^Sitemap:\s*(\S+)/gm)].map((match) => ({
        url: match[1]!,
        where: 'robots.txt Sitemap',
        kind: 'url' as const,
      })),
      ids: null,
    };
  if (path.endsWith('.css'))
    return {
      urls: [...content.matchAll(/url\(\s*["']?([^"')\s]+)["']?\s*\)/g)].map((match) => ({
        url: match[1]!,
        where: 'CSS url()',
        kind: 'url' as const,
      })),
      ids: null,
    };
  if (path.endsWith('.js')) return { urls: scriptImports(content), ids: null };
  return none;
}
