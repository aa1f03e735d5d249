/**
 * What search engines read on every built page: unique titles, descriptions from the text,
 * canonical URLs on the configured site, schema.org JSON-LD, the sitemap and robots.txt; and what
 * Pagefind indexes (the document article only).
 */
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/site-address.ts';
import { atLeast } from '../support/at-least.ts';
import {
  ARCHIVE_SIZE,
  builtDocuments,
  builtHtmlFiles,
  pathOfHtmlFile,
  readDist,
  routeOfPath,
  SITE,
  sitePath,
} from '../support/site.ts';

// Home, search, 404, 订阅 and 关于本站, then a page per year, issue and document.
const pages = atLeast(
  24 + ARCHIVE_SIZE.years + ARCHIVE_SIZE.issues + ARCHIVE_SIZE.documents,
  builtHtmlFiles(),
  'HTML pages in dist/',
).map((file) => {
  const html = readDist(file);
  const attribute = (pattern: RegExp) => pattern.exec(html)?.[1] ?? null;
  return {
    file,
    path: pathOfHtmlFile(file),
    html,
    title: attribute(/<title>([^<]*)<\/title>/),
    description: attribute(/<meta name="description" content="([^"]*)"/),
    canonical: attribute(/<link rel="canonical" href="([^"]*)"/),
    robots: attribute(/<meta name="robots" content="([^"]*)"/),
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
      (match) => JSON.parse(match[1]!) as Record<string, unknown>,
    ),
  };
});
const indexable = pages.filter((page) => page.file !== '404.html');
const documents = builtDocuments();
/** The page at a path as the site prints it (the URLs of the open data). */
const pageAt = (path: string) => pages.find((candidate) => candidate.path === path)!;
/** The page of a route (`/2021/4/02/`). */
const page = (route: string) => pageAt(sitePath(route));

describe('every page', () => {
  it('has been found: 6 site pages, 5 data pages, 13 statistics pages, 5 issues, 3 years and 56 documents', () => {
    // Home, search, 404, 订阅, 关于本站, 无障碍说明; appointments ×3, citations, open data;
    // the statistics overview and one page per indicator (12).
    expect(pages.length).toBe(6 + 5 + 13 + 5 + 3 + 56);
  });

  it('has a unique <title> and a unique, non-empty meta description', () => {
    expect(new Set(pages.map((candidate) => candidate.title)).size).toBe(pages.length);
    for (const candidate of pages) expect(candidate.description?.length, candidate.path).toBeGreaterThan(10);
    expect(new Set(pages.map((candidate) => candidate.description)).size).toBe(pages.length);
  });

  it('names its canonical URL on the configured site, except the 404 page, which is noindex', () => {
    for (const candidate of indexable) expect(candidate.canonical).toBe(new URL(candidate.path, SITE).href);
    expect(page('/404.html')).toMatchObject({ canonical: null, robots: 'noindex' });
  });

  it('is listed in the sitemap, the 404 page excepted, and robots.txt points to the sitemap', () => {
    const index = readDist('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) =>
      routeOfPath(new URL(match[1]!).pathname).slice(1),
    );
    const listed = sitemaps.flatMap((file) =>
      [...readDist(file).matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]),
    );
    expect(listed.sort()).toEqual(indexable.map((candidate) => new URL(candidate.path, SITE).href).sort());
    expect(readDist('robots.txt')).toContain(`Sitemap: ${absoluteUrl('/sitemap-index.xml', SITE)}`);
  });
});

describe('meta descriptions of documents', () => {
  it('are the first sentence of the text, without the 主送 line or Markdown', () => {
    expect(page('/2021/4/02/').description).toBe(
      '为贯彻健康中国战略，推进健康槐荫建设，根据《济南市人民政府关于推进健康济南行动的实施意见》（济政发〔2020〕6号），结合我区实际，现制定如下实施意见。',
    );
    expect(page('/2022/2/01/').description).toBe(
      '《槐荫区黄河流域生态保护和高质量发展实施方案》已经区委、区政府同意，现印发给你们，请结合实际认真抓好落实。',
    );
    expect(page('/2020/3/15/').description).toMatch(/^区政府决定，任命：董忠为/);
    for (const candidate of pages)
      expect(candidate.description, candidate.path).not.toMatch(/^[-*#]|\\|&#|各街道办事处，区政府各部门：/);
  });

  it('describe a document that is only a table by its title, organ and issue', () => {
    expect(page('/2020/3/19/').description).toMatch(
      /^.[^\n\r\u2028\u2029\u3002]*\u3002.*刊登于《济南市槐荫区人民政府公报》2020年第3期。$/,
    );
  });
});

describe('JSON-LD', () => {
  it('describes every document as Legislation with its 文号, date and organs, part of its PublicationIssue of the Periodical', () => {
    for (const document of documents) {
      const [node] = pageAt(document.url).jsonLd;
      expect(node, document.url).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Legislation',
        name: document.title,
        url: new URL(document.url, SITE).href,
        isPartOf: {
          '@type': 'PublicationIssue',
          url: new URL(document.url.replace(/\d+\/$/, ''), SITE).href,
          isPartOf: { '@type': 'Periodical' },
        },
      });
      expect(node!.legislationIdentifier).toBe(document.docNumber ?? undefined);
      expect(node!.legislationDate).toBe(document.date ?? undefined);
      expect((node!.legislationPassedBy as { name: string }[]).map((organ) => organ.name).join('、')).toBe(
        document.organ ?? '',
      );
    }
  });

  it('describes every issue as a PublicationIssue of the Periodical with its documents as parts, the home page as the Periodical and a year page as a CollectionPage of its issues', () => {
    for (const path of ['/2020/3/', '/2021/4/', '/2022/2/', '/2022/4/']) {
      const [node] = page(path).jsonLd;
      expect(node).toMatchObject({
        '@type': 'PublicationIssue',
        isPartOf: { '@type': 'Periodical', url: absoluteUrl('/', SITE) },
      });
      expect((node!.hasPart as unknown[]).length).toBe(
        documents.filter((document) => document.url.startsWith(sitePath(path))).length,
      );
    }
    expect(page('/').jsonLd).toEqual([
      expect.objectContaining({ '@type': 'Periodical', name: '济南市槐荫区人民政府公报' }),
    ]);
    expect(page('/2022/').jsonLd).toEqual([
      expect.objectContaining({
        '@type': 'CollectionPage',
        hasPart: [expect.objectContaining({ issueNumber: '2' }), expect.objectContaining({ issueNumber: '4' })],
      }),
    ]);
  });
});

describe('what Pagefind indexes', () => {
  it('is the document article only, without its section line, metadata, contents or navigation', () => {
    for (const candidate of pages) {
      const bodies = candidate.html.match(/data-pagefind-body/g)?.length ?? 0;
      expect(bodies, candidate.path).toBe(documents.some((document) => document.url === candidate.path) ? 1 : 0);
    }
    const html = page('/2021/4/02/').html;
    expect(html).toMatch(/<article class="document" data-pagefind-body>/);
    for (const part of ['site-header', 'breadcrumbs', 'document-meta', 'toc', 'document-nav', 'site-footer']) {
      expect(html, part).toMatch(new RegExp(`class="${part}"[^>]*data-pagefind-ignore="all"`));
    }
  });
});
