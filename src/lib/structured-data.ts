/**
 * schema.org JSON-LD for search engines: the gazette is a `Periodical`, each issue a
 * `PublicationIssue` of it, each document a `Legislation` that `isPartOf` its issue, and a year
 * page a `CollectionPage` of that year's issues. Pure functions of the metadata and the site's
 * address, so the shapes are unit-tested.
 */
import { documentUrl, issueUrl, SITE_NAME, yearUrl } from './paths.ts';
import { absoluteUrl } from './site-address.ts';

type JsonLd = Record<string, unknown>;

export interface LegislationInput {
  title: string;
  year: number;
  issueNumber: number;
  order: number;
  issueTitle: string;
  docNumber: string | null;
  date: string | null;
  issuedDate: string | null;
  organs: string[];
  type: string;
}

export interface IssueInput {
  title: string;
  year: number;
  number: number;
  documents: LegislationInput[];
}

const CONTEXT = 'https://schema.org';

function periodical(site: URL): JsonLd {
  return { '@type': 'Periodical', name: SITE_NAME, url: absoluteUrl('/', site), inLanguage: 'zh-CN' };
}

function issueNode(issue: Omit<IssueInput, 'documents'>, site: URL): JsonLd {
  return {
    '@type': 'PublicationIssue',
    name: `${SITE_NAME}${issue.title}`,
    issueNumber: String(issue.number),
    datePublished: String(issue.year),
    url: absoluteUrl(issueUrl({ year: issue.year, issueNumber: issue.number }), site),
    isPartOf: periodical(site),
  };
}

/** Optional values are left out rather than written as null, which validators reject. */
function legislationNode(document: LegislationInput, site: URL): JsonLd {
  return {
    '@type': 'Legislation',
    name: document.title,
    url: absoluteUrl(documentUrl(document), site),
    ...(document.docNumber && { legislationIdentifier: document.docNumber }),
    ...(document.date && { legislationDate: document.date }),
    ...(document.issuedDate && { datePublished: document.issuedDate }),
    legislationPassedBy: document.organs.map((name) => ({ '@type': 'GovernmentOrganization', name })),
    legislationType: document.type,
    inLanguage: 'zh-CN',
  };
}

export function periodicalJsonLd(site: URL): JsonLd {
  return { '@context': CONTEXT, ...periodical(site) };
}

export function issueJsonLd(issue: IssueInput, site: URL): JsonLd {
  return {
    '@context': CONTEXT,
    ...issueNode(issue, site),
    hasPart: issue.documents.map((document) => legislationNode(document, site)),
  };
}

export function legislationJsonLd(document: LegislationInput, site: URL): JsonLd {
  return {
    '@context': CONTEXT,
    ...legislationNode(document, site),
    isPartOf: issueNode({ title: document.issueTitle, year: document.year, number: document.issueNumber }, site),
  };
}

export function yearJsonLd(year: number, issues: Omit<IssueInput, 'documents'>[], site: URL): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    name: `${SITE_NAME}${year}年`,
    url: absoluteUrl(yearUrl(year), site),
    inLanguage: 'zh-CN',
    isPartOf: periodical(site),
    hasPart: issues.map((issue) => issueNode(issue, site)),
  };
}
