/**
 * Stage 6 — emit: a structured document → one Markdown file with YAML front matter. The body is
 * an mdast tree serialised by remark-stringify, which escapes every character that Markdown would
 * read as syntax (`#`, `*`, `1.`, `<`, `|` …); tables, signatures and the 印发 line are HTML
 * built from hast, whose text is escaped too. Source text can therefore never become markup.
 */
import type { Element } from 'hast';
import type { Html, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as toYaml } from 'yaml';
import type { DocumentCitation } from '../../data/citations.ts';
import type { Block, ConvertedIssue, DocumentMeta, GazetteDocument } from '../types.ts';
import { elementToHtml } from './html.ts';
import { tableToHtml } from './table.ts';

/** Front matter of a generated document; `src/content.config.ts` validates the same shape. */
export interface DocumentFrontMatter extends Omit<DocumentMeta, 'sourceLines'> {
  id: string;
  issue: string;
  issueTitle: string;
  year: number;
  issueNumber: number;
  /** The issuing organs joined by 、, as in open data. */
  organ: string | null;
  source: { file: string; startLine: number; endLine: number };
  /**
   * What the document cites (src/data/citations.ts), resolved against the whole archive when the
   * content is built; absent when it cites nothing. The site links the text from it.
   */
  citations?: DocumentCitation[];
}

/** `2021-4-03`: issue id plus a two-digit position. Stable while the issue file is unchanged. */
export function documentId(issueId: string, order: number): string {
  return `${issueId}-${String(order).padStart(2, '0')}`;
}

export function frontMatter(
  issue: ConvertedIssue,
  document: GazetteDocument,
  citations: readonly DocumentCitation[] = [],
): DocumentFrontMatter {
  const { sourceLines, ...meta } = document.meta;
  return {
    id: documentId(issue.issue.id, meta.order),
    issue: issue.issue.id,
    issueTitle: issue.issue.title,
    year: issue.issue.year,
    issueNumber: issue.issue.number,
    ...meta,
    organ: meta.organs.length > 0 ? meta.organs.join('、') : null,
    source: { file: issue.file, startLine: sourceLines.start, endLine: sourceLines.end },
    ...(citations.length > 0 ? { citations: [...citations] } : {}),
  };
}

function html(element: Element): Html {
  return { type: 'html', value: elementToHtml(element) };
}

function textLines(className: string, lines: string[]): Element {
  const children: Element['children'] = [];
  lines.forEach((line, index) => {
    if (index > 0) children.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
    children.push({ type: 'text', value: line });
  });
  return { type: 'element', tagName: 'p', properties: { className: [className] }, children };
}

/** Text lines kept apart inside one paragraph (an attachment list) become hard line breaks. */
function linesWithBreaks(text: string): PhrasingContent[] {
  return text
    .split('\n')
    .flatMap((line, index): PhrasingContent[] =>
      index === 0 ? [{ type: 'text', value: line }] : [{ type: 'break' }, { type: 'text', value: line }],
    );
}

function phrasing(text: string, lead: string | null): PhrasingContent[] {
  if (!lead || !text.startsWith(lead)) return linesWithBreaks(text);
  const rest = text.slice(lead.length);
  const strong: PhrasingContent = { type: 'strong', children: [{ type: 'text', value: lead }] };
  return rest === '' ? [strong] : [strong, { type: 'text', value: rest }];
}

export function blockToMdast(block: Block): RootContent {
  switch (block.kind) {
    case 'heading':
      return {
        type: 'heading',
        depth: block.depth as 1 | 2 | 3 | 4 | 5 | 6,
        children: [{ type: 'text', value: block.text }],
      };
    case 'paragraph':
      return { type: 'paragraph', children: phrasing(block.text, block.lead) };
    case 'list':
      return {
        type: 'list',
        ordered: false,
        spread: false,
        children: block.items.map((item) => ({
          type: 'listItem',
          spread: false,
          children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }],
        })),
      };
    case 'table':
      return { type: 'html', value: tableToHtml(block.table) };
    case 'signature':
      return html(textLines('signature', [...block.organs, block.date]));
    case 'issued':
      return html(textLines('issued', block.text.split('\n')));
    case 'speaker':
      return html(speakerLine(block.office, block.name));
    case 'preformatted':
      return html(preformattedTable(block.lines));
  }
}

/** `槐荫区代理区长 孙常建`: office and name kept apart, as printed. */
function speakerLine(office: string, name: string): Element {
  const span = (className: string, value: string): Element => ({
    type: 'element',
    tagName: 'span',
    properties: { className: [className] },
    children: [{ type: 'text', value }],
  });
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['speaker'] },
    children: [span('speaker-office', office), { type: 'text', value: ' ' }, span('speaker-name', name)],
  };
}

/**
 * Rows of a table that could not be rebuilt with confidence, kept line for line as the extraction
 * laid them out, in a scrollable region a keyboard can reach.
 */
function preformattedTable(lines: string[]): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-text'], role: 'region', ariaLabel: '表格（按原文排列）', tabIndex: 0 },
    children: [
      { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: lines.join('\n') }] },
    ],
  };
}

const markdown = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });

/** The Markdown body of a document. */
export function bodyToMarkdown(blocks: Block[]): string {
  const root: Root = { type: 'root', children: blocks.map(blockToMdast) };
  return markdown.stringify(root);
}

/** The whole generated file: front matter (with the document's citations, if any), then the body. */
export function documentToMarkdown(
  issue: ConvertedIssue,
  document: GazetteDocument,
  citations: readonly DocumentCitation[] = [],
): string {
  return `---\n${toYaml(frontMatter(issue, document, citations), { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${bodyToMarkdown(document.blocks)}`;
}
