/**
 * What the data modules read: a published document as the site has it — its front matter and
 * the converter's Markdown body — and that body as blocks of plain text in reading order. Pure:
 * the pages pass the content collection's entries, the tests the converter's output for the
 * same issues, so the open data and its checks see the same text.
 */
import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkNoAutolinks } from '../lib/no-autolinks.ts';
import { documentUrl } from '../lib/paths.ts';

export interface SourceDocument {
  id: string;
  issue: string;
  issueTitle: string;
  year: number;
  issueNumber: number;
  order: number;
  title: string;
  docNumber: string | null;
  date: string | null;
  /** The converter's Markdown body. */
  body: string;
}

/** The front-matter fields the data modules read: everything of a source but its body. */
export type SourceFields = Omit<SourceDocument, 'body'>;

/**
 * A source from a document's front matter (the site's content entry, or the converter's output
 * before it is written) and its Markdown body; other front-matter fields are left out.
 */
export function sourceDocument(data: SourceFields, body: string): SourceDocument {
  const { id, issue, issueTitle, year, issueNumber, order, title, docNumber, date } = data;
  return { id, issue, issueTitle, year, issueNumber, order, title, docNumber, date, body };
}

/** The document's page, as a route below the site's base (pass it to href()). */
export function sourceRoute(document: Pick<SourceDocument, 'year' | 'issueNumber' | 'order'>): string {
  return documentUrl(document);
}

/**
 * A block of the body: a paragraph or a list item (`item`), whose text is the text a reader sees
 * (Markdown escapes decoded), or an HTML block (a table, a signature), parsed.
 */
export type BodyBlock = { kind: 'paragraph' | 'item' | 'heading'; text: string } | { kind: 'html'; html: HastRoot };

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

function mdText(node: MdNode): string {
  if (node.type === 'html') return '';
  if (node.type === 'break') return '\n';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(mdText).join('');
}

function collect(node: MdNode, blocks: BodyBlock[]): void {
  if (node.type === 'paragraph') blocks.push({ kind: 'paragraph', text: mdText(node) });
  else if (node.type === 'heading') blocks.push({ kind: 'heading', text: mdText(node) });
  else if (node.type === 'listItem') blocks.push({ kind: 'item', text: mdText(node) });
  else if (node.type === 'html') blocks.push({ kind: 'html', html: fromHtml(node.value ?? '', { fragment: true }) });
  else for (const child of node.children ?? []) collect(child, blocks);
}

/** The Markdown read as the site renders it (astro.config.mjs): CommonMark, no GFM, no autolinks. */
const parser = unified().use(remarkParse).use(remarkNoAutolinks);

/** The body's blocks in reading order. */
export function bodyBlocks(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  collect(parser.parse(body) as MdNode, blocks);
  return blocks;
}
