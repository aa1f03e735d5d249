/**
 * What a chat app or social platform shows when a page is shared: every built page has complete
 * Open Graph and Twitter card tags, and its image is a 1200 × 630 card of the site (the
 * document's own for a document, the issue's for an issue, the site's for the rest).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/search/excerpt.ts';
import { atLeast } from '../support/at-least.ts';
import {
  ARCHIVE_SIZE,
  builtDocuments,
  builtHtmlFiles,
  DIST,
  pathOfHtmlFile,
  readDist,
  readDistJson,
  routeOfPath,
  SITE,
  type OpenDataIssue,
} from '../support/site.ts';

const pages = atLeast(
  5 + ARCHIVE_SIZE.years + ARCHIVE_SIZE.issues + ARCHIVE_SIZE.documents,
  builtHtmlFiles(),
  'HTML pages in dist/',
).map((file) => {
  const html = readDist(file);
  const tags = new Map<string, string>();
  for (const match of html.matchAll(/<meta (?:property|name)="((?:og|twitter):[^"]+)" content="([^"]*)"/g))
    tags.set(match[1]!, decodeEntities(match[2]!));
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1] ?? null;
  const description = decodeEntities(/<meta name="description" content="([^"]*)"/.exec(html)![1]!);
  return { file, route: routeOfPath(pathOfHtmlFile(file)), tags, canonical, description };
});
const documents = builtDocuments();
const issues = atLeast(ARCHIVE_SIZE.issues, readDistJson<OpenDataIssue[]>('data/issues.json'), 'issues');

/** The card a page of this route should show. */
function expectedCard(route: string): string {
  const document = documents.find((candidate) => routeOfPath(candidate.url) === route);
  if (document) return route.replace(/\/(\d+)\/$/, '/$1.png').replace(/^/, '/cards');
  if (issues.some((issue) => routeOfPath(issue.url) === route)) return `/cards${route.replace(/\/$/, '.png')}`;
  return '/cards/site.png';
}

describe('sharing tags', () => {
  it('are complete on every page: title, description, canonical URL, image with size and text, locale zh_CN, large Twitter card that reads them', () => {
    for (const page of pages) {
      const { tags } = page;
      expect(tags.get('og:site_name'), page.file).toBe('济南市槐荫区人民政府公报');
      expect(tags.get('og:title'), page.file).toBeTruthy();
      expect(tags.get('og:description'), page.file).toBe(page.description);
      expect(tags.get('og:locale'), page.file).toBe('zh_CN');
      expect(tags.get('og:type'), page.file).toBe(
        expectedCard(page.route).split('/').length === 5 ? 'article' : 'website',
      );
      expect(tags.get('og:image:width')).toBe('1200');
      expect(tags.get('og:image:height')).toBe('630');
      expect(tags.get('og:image:alt')?.length, page.file).toBeGreaterThan(10);
      expect(tags.get('twitter:card'), page.file).toBe('summary_large_image');
      // X falls back on og:title, og:description and og:image; its own tags would only repeat them.
      expect(tags.get('twitter:image:alt')).toBe(tags.get('og:image:alt'));
      for (const repeated of ['twitter:title', 'twitter:description', 'twitter:image'])
        expect(tags.has(repeated), `${page.file} ${repeated}`).toBe(false);
      // The 404 page has no address of its own; every other page shares its canonical URL.
      expect(tags.get('og:url') ?? null, page.file).toBe(page.file === '404.html' ? null : page.canonical);
    }
  });

  it('show a document’s own card on its page, an issue’s on the issue page and the site’s elsewhere, each on the configured site', () => {
    const images = new Set<string>();
    for (const page of pages) {
      const image = new URL(page.tags.get('og:image')!);
      expect(image.origin, page.file).toBe(SITE.origin);
      expect(routeOfPath(image.pathname), page.file).toBe(expectedCard(page.route));
      images.add(image.pathname);
    }
    expect(images.size).toBe(documents.length + issues.length + 1);
  });

  it('point to cards that are 1200 × 630 PNG files of the built site, one per document and issue, none alike', async () => {
    const cards = new Set(pages.map((page) => routeOfPath(new URL(page.tags.get('og:image')!).pathname)));
    const hashes = new Set<string>();
    for (const card of atLeast(ARCHIVE_SIZE.documents + ARCHIVE_SIZE.issues + 1, cards, 'cards')) {
      const file = join(DIST, card.slice(1));
      expect(await sharp(file).metadata(), card).toMatchObject({ format: 'png', width: 1200, height: 630 });
      hashes.add(createHash('sha256').update(readFileSync(file)).digest('hex'));
    }
    expect(hashes.size).toBe(cards.size);
  });
});
