/**
 * Atom feeds (RFC 4287) of the archive: new documents (the whole archive and one feed per printed
 * section) and new issues. Pure functions of the metadata and the site's address, free of Astro
 * imports, so that tests and the endpoints in src/pages/feeds/ share them.
 *
 * Ids are the entries' permanent URLs, which depend only on the issue file name and the
 * document's position in it (paths.ts): a rebuild, or an issue added later, changes none. Dates
 * come from the documents (印发 date, else signing date), never from the build's clock, so that a
 * rebuild of the same content writes the same bytes and readers see nothing new.
 */
import { chineseDate, documentUrl, issueUrl, SITE_NAME } from './paths.ts';
import { absoluteUrl } from './site-address.ts';

/** The feed of every new document, the feed of new issues, and where a section's feed lives. */
export const FEED_ROUTES = {
  documents: '/feeds/documents.xml',
  issues: '/feeds/issues.xml',
  /** The page that explains feeds and lists them all. */
  index: '/feeds/',
} as const;

/** The feeds' titles, as feed readers list them and as pages announce them in their head. */
export const FEED_TITLES = {
  documents: `${SITE_NAME}：新刊登文件`,
  issues: `${SITE_NAME}：新一期`,
  section: (section: string) => `${SITE_NAME}：${section}`,
} as const;

/** A section's feed: `/feeds/sections/区政府文件.xml` (a route; percent-encoding is the browser's business). */
export function sectionFeedRoute(section: string): string {
  return `/feeds/sections/${section}.xml`;
}

/** A feed holds the newest documents only, as feed readers expect; the archive pages hold the rest. */
export const FEED_SIZE = 100;

/** The archive's dates are days in China's time zone. */
const TIME_ZONE = '+08:00';

/** `2021-11-23` → `2021-11-23T00:00:00+08:00`, an RFC 3339 date-time as Atom requires. */
export function atomDate(isoDay: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new Error(`atomDate: “${isoDay}” is not a YYYY-MM-DD day`);
  return `${isoDay}T00:00:00${TIME_ZONE}`;
}

/** The metadata of a document a feed entry reads. */
export interface FeedDocument {
  title: string;
  year: number;
  issueNumber: number;
  order: number;
  issueTitle: string;
  section: string | null;
  type: string;
  organ: string | null;
  organs: string[];
  docNumber: string | null;
  date: string | null;
  issuedDate: string | null;
  /** The meta description of the document's page (description.ts). */
  summary: string;
}

export interface FeedIssue {
  id: string;
  title: string;
  year: number;
  number: number;
  documents: Omit<FeedDocument, 'summary'>[];
}

/**
 * The day an issue stands for when none of its documents is dated: the last day of its quarter
 * (quarterly: issue N covers months 3N-2 to 3N).
 */
function quarterEnd(year: number, issueNumber: number): string {
  const month = issueNumber * 3;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** The day a document counts as new: its 印发 date, else its signing date, else the end of its issue's quarter. */
export function documentDay(document: Pick<FeedDocument, 'year' | 'issueNumber' | 'date' | 'issuedDate'>): string {
  return document.issuedDate ?? document.date ?? quarterEnd(document.year, document.issueNumber);
}

/** The day an issue counts as new: the latest day of its documents. */
export function issueDay(issue: Pick<FeedIssue, 'year' | 'number' | 'documents'>): string {
  const days = issue.documents.map(documentDay).sort();
  return days.at(-1) ?? quarterEnd(issue.year, issue.number);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => XML_ESCAPES[char]!);
}

/** An element with attributes and either text (escaped) or child elements (already XML). */
function element(name: string, attributes: Record<string, string>, body: string | null = null): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return body === null ? `<${name}${attrs}/>` : `<${name}${attrs}>${body}</${name}>`;
}

const text = (name: string, value: string) => element(name, {}, escapeXml(value));
const person = (name: string) => element('author', {}, text('name', name));

interface Entry {
  id: string;
  title: string;
  url: string;
  updated: string;
  published: string;
  authors: string[];
  categories: string[];
  summary: string;
  /** HTML, escaped into the element. */
  content: string;
  docNumber: string | null;
}

function entryXml(entry: Entry): string {
  return element(
    'entry',
    {},
    [
      text('id', entry.id),
      text('title', entry.title),
      element('link', { rel: 'alternate', type: 'text/html', href: entry.url }),
      text('published', entry.published),
      text('updated', entry.updated),
      ...entry.authors.map(person),
      ...entry.categories.map((term) => element('category', { term })),
      ...(entry.docNumber ? [text('dc:identifier', entry.docNumber)] : []),
      element('summary', { type: 'text' }, escapeXml(entry.summary)),
      element('content', { type: 'html' }, escapeXml(entry.content)),
    ]
      .map((child) => `\n    ${child}`)
      .join('')
      .concat('\n  '),
  );
}

/** The metadata block of a document as a feed reader shows it: the same labels as the document page. */
function metadataHtml(rows: [string, string | null][]): string {
  const items = rows
    .filter((row): row is [string, string] => row[1] !== null)
    .map(([label, value]) => `<dt>${escapeXml(label)}</dt><dd>${escapeXml(value)}</dd>`);
  return `<dl>${items.join('')}</dl>`;
}

function documentEntry(document: FeedDocument, site: URL): Entry {
  const url = absoluteUrl(documentUrl(document), site);
  const day = atomDate(documentDay(document));
  return {
    id: url,
    title: document.title,
    url,
    published: document.date ? atomDate(document.date) : day,
    updated: day,
    authors: document.organs,
    categories: [document.section, document.type].filter((term): term is string => term !== null),
    docNumber: document.docNumber,
    summary: document.summary,
    content: `<p>${escapeXml(document.summary)}</p>${metadataHtml([
      ['发文机关', document.organ],
      ['文号', document.docNumber],
      ['成文日期', chineseDate(document.date)],
      ['印发日期', chineseDate(document.issuedDate)],
      ['文种', document.type],
      ['所属期次', `${SITE_NAME}${document.issueTitle}`],
    ])}`,
  };
}

function issueEntry(issue: FeedIssue, site: URL): Entry {
  const url = absoluteUrl(issueUrl({ year: issue.year, issueNumber: issue.number }), site);
  const day = atomDate(issueDay(issue));
  const list = issue.documents
    .map((document) => {
      const link = escapeXml(absoluteUrl(documentUrl(document), site));
      const number = document.docNumber ? `（${escapeXml(document.docNumber)}）` : '';
      return `<li><a href="${link}">${escapeXml(document.title)}</a>${number}</li>`;
    })
    .join('');
  return {
    id: url,
    title: `${SITE_NAME}${issue.title}`,
    url,
    published: day,
    updated: day,
    authors: [],
    categories: [],
    docNumber: null,
    summary: `${SITE_NAME}${issue.title}，共 ${issue.documents.length} 篇文件。`,
    content: `<p>本期共 ${issue.documents.length} 篇文件：</p><ol>${list}</ol>`,
  };
}

interface FeedInput {
  route: string;
  title: string;
  subtitle: string;
  entries: Entry[];
}

/** Newest first: by day, then as the issues print them. */
function newestFirst<T extends { year: number; issueNumber: number; order: number }>(documents: T[]): T[] {
  return [...documents].sort((a, b) => b.year - a.year || b.issueNumber - a.issueNumber || a.order - b.order);
}

function feedXml({ route, title, subtitle, entries }: FeedInput, site: URL): string {
  const home = absoluteUrl('/', site);
  const updated = entries
    .map((entry) => entry.updated)
    .sort()
    .at(-1);
  if (!updated) throw new Error(`${route}: a feed needs at least one entry`);
  const head = [
    text('id', absoluteUrl(route, site)),
    text('title', title),
    text('subtitle', subtitle),
    text('updated', updated),
    element('link', { rel: 'self', type: 'application/atom+xml', href: absoluteUrl(route, site) }),
    element('link', { rel: 'alternate', type: 'text/html', href: home }),
    // Entries name their issuing organs; the feed's author covers those that have none (statistics).
    element('author', {}, `${text('name', SITE_NAME)}${text('uri', home)}`),
    element('icon', {}, escapeXml(absoluteUrl('/icons/180.png', site))),
    text('rights', '本站内容依据印刷版整理；如有出入，以印刷版为准。'),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="zh-CN">
  ${head.join('\n  ')}
  ${entries.map(entryXml).join('\n  ')}
</feed>
`;
}

/** The newest documents of the whole archive. */
export function documentsFeed(documents: FeedDocument[], site: URL): string {
  return feedXml(
    {
      route: FEED_ROUTES.documents,
      title: FEED_TITLES.documents,
      subtitle: `${SITE_NAME}新刊登的文件，每篇附文号、发文机关、日期和摘要。`,
      entries: newestFirst(documents)
        .slice(0, FEED_SIZE)
        .map((document) => documentEntry(document, site)),
    },
    site,
  );
}

/** The newest documents of one printed section (区政府文件, 人事任免 …). */
export function sectionFeed(section: string, documents: FeedDocument[], site: URL): string {
  return feedXml(
    {
      route: sectionFeedRoute(section),
      title: FEED_TITLES.section(section),
      subtitle: `${SITE_NAME}“${section}”栏目新刊登的文件。`,
      entries: newestFirst(documents.filter((document) => document.section === section))
        .slice(0, FEED_SIZE)
        .map((document) => documentEntry(document, site)),
    },
    site,
  );
}

/** Every issue, newest first, each with its table of contents. */
export function issuesFeed(issues: FeedIssue[], site: URL): string {
  return feedXml(
    {
      route: FEED_ROUTES.issues,
      title: FEED_TITLES.issues,
      subtitle: `${SITE_NAME}每出一期，这里新增一条，附本期目录。`,
      entries: [...issues]
        .sort((a, b) => b.year - a.year || b.number - a.number)
        .map((issue) => issueEntry(issue, site)),
    },
    site,
  );
}

/** The sections that have a feed, in the order they first appear in the archive. */
export function feedSections(documents: Pick<FeedDocument, 'section'>[]): string[] {
  return [...new Set(documents.map((document) => document.section).filter((section) => section !== null))];
}
