/**
 * The Atom feeds of the built site: each is well-formed XML that a feed library (feedsmith)
 * reads as Atom, has what RFC 4287 requires, carries each document's metadata, and is announced
 * in every page's head and listed on the 订阅 page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SyntaxValidator } from 'fast-xml-validator';
import { parseAtomFeed, type AtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { FEED_SIZE } from '../../src/lib/feeds.ts';
import { absoluteUrl } from '../../src/lib/site-address.ts';
import { atLeast } from '../support/at-least.ts';
import {
  ARCHIVE_SIZE,
  builtDocuments,
  DIST,
  readDist,
  readDistJson,
  routeOfPath,
  SITE,
  sitePath,
  type OpenDataDocument,
  type OpenDataIssue,
} from '../support/site.ts';

type Feed = AtomFeed.Feed<string>;

/** RFC 3339 date-time, as RFC 4287 §3.3 requires (with seconds and a time zone). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A feed of dist/, named by route: well-formed, read by feedsmith as Atom. */
function readFeed(route: string): { xml: string; feed: Feed } {
  const xml = readDist(decodeURI(route.slice(1)));
  const wellFormed = SyntaxValidator.validate(xml);
  expect(wellFormed, `${route} is well-formed XML`).toBe(true);
  return { xml, feed: parseAtomFeed(xml) };
}

/** The feeds the 订阅 page lists, as routes. */
const listedFeeds = atLeast(
  3,
  [...readDist('feeds/index.html').matchAll(/<a href="([^"]*)" type="application\/atom\+xml"/g)].map((match) =>
    routeOfPath(match[1]!),
  ),
  'feeds listed on the 订阅 page',
);
const documents = builtDocuments();

/** The documents a feed holds: the newest FEED_SIZE, newest issue first, each issue in printed order. */
function newest(list: OpenDataDocument[]): OpenDataDocument[] {
  const issue = (document: OpenDataDocument) => document.issue.split('-').map(Number) as [number, number];
  return [...list]
    .sort((a, b) => issue(b)[0] - issue(a)[0] || issue(b)[1] - issue(a)[1] || a.order - b.order)
    .slice(0, FEED_SIZE);
}
const sections = [...new Set(documents.map((document) => document.section).filter(Boolean))];

/** The RFC 4287 requirements one feed must meet; returns its entries for further checks. */
function checkAtom(route: string, feed: Feed) {
  expect(feed.id, route).toBe(absoluteUrl(route, SITE));
  expect(feed.title?.value, route).toBeTruthy();
  expect(feed.updated, route).toMatch(RFC3339);
  expect(feed.links?.find((link) => link.rel === 'self')?.href, route).toBe(absoluteUrl(route, SITE));
  const entries = atLeast(1, feed.entries ?? [], `entries in ${route}`);
  // atom:feed needs an author unless every entry has one (§4.1.1).
  const feedHasAuthor = (feed.authors ?? []).some((author) => author.name);
  for (const entry of entries) {
    expect(entry.id, route).toMatch(/^https?:\/\//);
    expect(entry.title?.value, entry.id).toBeTruthy();
    expect(entry.updated, entry.id).toMatch(RFC3339);
    if (entry.published) expect(entry.published, entry.id).toMatch(RFC3339);
    expect(feedHasAuthor || (entry.authors ?? []).length > 0, entry.id).toBe(true);
    // An entry without content must have an alternate link (§4.1.1); ours have both, to a built page.
    const alternate = entry.links?.find((link) => (link.rel ?? 'alternate') === 'alternate')?.href;
    expect(alternate, entry.id).toBe(entry.id);
    const file = join(DIST, decodeURI(routeOfPath(new URL(alternate!).pathname)), 'index.html');
    expect(existsSync(file), `${alternate} is a built page`).toBe(true);
  }
  expect(new Set(entries.map((entry) => entry.id)).size, `${route} ids are unique`).toBe(entries.length);
  // The feed's updated is its newest entry's.
  expect(feed.updated).toBe(
    entries
      .map((entry) => entry.updated)
      .sort()
      .at(-1),
  );
  return entries;
}

describe('the feeds', () => {
  it('are listed on the 订阅 page: all documents, new issues and one per section', () => {
    expect(listedFeeds).toEqual([
      '/feeds/documents.xml',
      '/feeds/issues.xml',
      ...sections.map((section) => `/feeds/sections/${section!}.xml`),
    ]);
  });

  it('are well-formed Atom that feedsmith reads, with every element RFC 4287 requires, unique ids and RFC 3339 dates', () => {
    for (const route of listedFeeds) checkAtom(route, readFeed(route).feed);
  });

  it('hold the newest documents, newest issue first, each with its permanent URL as id, its title, 文号, organs, dates, section, type and its page’s description as summary', () => {
    const entries = checkAtom('/feeds/documents.xml', readFeed('/feeds/documents.xml').feed);
    expect(entries.map((entry) => entry.id)).toEqual(
      newest(documents).map((document) => new URL(document.url, SITE).href),
    );
    for (const document of newest(documents)) {
      const entry = entries.find((candidate) => candidate.id === new URL(document.url, SITE).href);
      expect(entry, document.url).toBeDefined();
      expect(entry!.title?.value).toBe(document.title);
      expect(entry!.dc?.identifiers ?? [], document.url).toEqual(document.docNumber ? [document.docNumber] : []);
      expect((entry!.authors ?? []).map((author) => author.name).join('、')).toBe(document.organ ?? '');
      const day = document.issuedDate ?? document.date;
      if (day) expect(entry!.updated).toBe(`${day}T00:00:00+08:00`);
      if (document.date) expect(entry!.published).toBe(`${document.date}T00:00:00+08:00`);
      expect((entry!.categories ?? []).map((category) => category.term)).toEqual(
        [document.section, document.type].filter(Boolean),
      );
      const page = readDist(`${routeOfPath(document.url).slice(1)}index.html`);
      const description = /<meta name="description" content="([^"]*)"/.exec(page)![1]!;
      expect(entry!.summary?.value, document.url).toBe(
        description
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&'),
      );
      if (document.docNumber) expect(entry!.content?.value).toContain(document.docNumber);
    }
  });

  it('hold in each section feed the newest documents of that section, newest first, and only them', () => {
    for (const section of atLeast(5, sections, 'sections')) {
      const route = `/feeds/sections/${section!}.xml`;
      const entries = checkAtom(route, readFeed(route).feed);
      const expected = newest(documents.filter((document) => document.section === section));
      expect(
        entries.map((entry) => entry.id),
        section!,
      ).toEqual(expected.map((document) => new URL(document.url, SITE).href));
    }
  });

  it('give every issue one entry, newest first, whose id is the issue page and whose content lists its documents', () => {
    const issues = atLeast(ARCHIVE_SIZE.issues, readDistJson<OpenDataIssue[]>('data/issues.json'), 'issues');
    const entries = checkAtom('/feeds/issues.xml', readFeed('/feeds/issues.xml').feed);
    expect(entries.map((entry) => entry.id)).toEqual(
      [...issues].reverse().map((issue) => new URL(issue.url, SITE).href),
    );
    for (const issue of issues) {
      const entry = entries.find((candidate) => candidate.id === new URL(issue.url, SITE).href)!;
      expect(entry.content?.value?.match(/<li>/g)?.length, issue.id).toBe(issue.documentCount);
    }
  });

  it('are announced in the head of every page, a document’s section feed too, and the footer links to the 订阅 page', () => {
    const headLinks = (html: string) =>
      [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="([^"]*)"/g)].map(
        (match) => match[1],
      );
    const archiveFeeds = [sitePath('/feeds/documents.xml'), sitePath('/feeds/issues.xml')];
    for (const route of ['/', '/2021/', '/2021/4/', '/search/', '/feeds/', '404.html']) {
      const html = readDist(route === '404.html' ? route : `${route.slice(1)}index.html`);
      expect(headLinks(html), route).toEqual(archiveFeeds);
      expect(html, route).toContain(`<a href="${sitePath('/feeds/')}">订阅</a>`);
    }
    for (const document of documents) {
      const html = readDist(`${routeOfPath(document.url).slice(1)}index.html`);
      const own = document.section ? [sitePath(`/feeds/sections/${document.section}.xml`)] : [];
      expect(headLinks(html), document.url).toEqual([...archiveFeeds, ...own]);
    }
  });
});
