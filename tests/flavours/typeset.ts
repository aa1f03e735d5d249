/**
 * Typesets a converted issue the way the printed gazette looks (GB/T 9704 conventions) and prints
 * it to PDF with Chromium, so that real extractors can read it back. The HTML is built by pure
 * functions from the converter's output; only `printIssue` drives the browser.
 *
 * Page furniture uses CSS paged media, which Chromium supports since version 131: every section of
 * the issue is a named page (`page: section-2`) whose `:left` and `:right` pages carry the running
 * header in `@top-left`/`@top-right` margin boxes, the issue and the section swapping sides, and the
 * page number in a bottom margin box. The 目录 pages carry none and do not count
 * (`counter-increment: page 0`), so the first document is on page 1 as in the printed issues.
 */
import type { Browser } from 'playwright-core';
import type { Block, ConvertedIssue, GazetteDocument, TableCell, TableModel } from '../../src/converter/types.ts';
import type { Layout } from './layouts.ts';

/** Where the documents fell when the issue was printed once, for its 目录. */
export interface Pagination {
  /** Printed page number of each document, by its position in the issue (1-based). */
  pageOfDocument: ReadonlyMap<number, number>;
  /** Pages the 目录 itself fills. */
  contentsPages: number;
}

const UNPAGINATED: Pagination = { pageOfDocument: new Map(), contentsPages: 0 };

const FONT_FAMILY = { serif: '"Noto Serif CJK SC", serif', sans: '"Noto Sans CJK SC", sans-serif' } as const;
const SANS = FONT_FAMILY.sans;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

/** The issue as its running header names it, spaced as the printed gazette spaces it. */
export function mastheadOf(converted: ConvertedIssue): string {
  return `济南市槐荫区人民政府公报（${converted.issue.year} 年第 ${converted.issue.number} 期）`;
}

/** Consecutive documents of one section: one named page, one running header. */
interface SectionRun {
  index: number;
  name: string;
  documents: GazetteDocument[];
}

export function sectionRuns(documents: readonly GazetteDocument[]): SectionRun[] {
  const runs: SectionRun[] = [];
  for (const document of documents) {
    const name = document.meta.section ?? '';
    const last = runs.at(-1);
    if (last && last.name === name) last.documents.push(document);
    else runs.push({ index: runs.length + 1, name, documents: [document] });
  }
  return runs;
}

/** The page number as the layout prints it, as a CSS `content` value. */
function pageNumberContent(layout: Layout): string {
  switch (layout.pageNumber) {
    case 'dashes':
      return '"— " counter(page) " —"';
    case 'chinese':
      return '"第 " counter(page) " 页"';
    case 'bare':
      return 'counter(page)';
  }
}

/** The margin boxes of one side of a section's pages: header on top, page number below. */
function marginBoxes(layout: Layout, side: 'left' | 'right', masthead: string, section: string): string {
  // Even (left) pages put the section at the outer, left edge; odd (right) pages mirror it.
  const [topLeft, topRight] = side === 'left' ? [section, masthead] : [masthead, section];
  const numberBox =
    layout.pageNumberPlace === 'centre' ? 'bottom-center' : side === 'left' ? 'bottom-left' : 'bottom-right';
  return [
    `@top-left { content: ${cssString(topLeft)}; }`,
    `@top-right { content: ${cssString(topRight)}; }`,
    `@${numberBox} { content: ${pageNumberContent(layout)}; }`,
  ].join(' ');
}

export function stylesheet(layout: Layout, runs: readonly SectionRun[], masthead: string): string {
  const pages = runs.flatMap((run) =>
    (['left', 'right'] as const).map(
      (side) => `@page section-${run.index}:${side} { ${marginBoxes(layout, side, masthead, run.name)} }`,
    ),
  );
  const columns =
    layout.columns === 2
      ? `.section { columns: 2; column-gap: 2em; column-fill: balance; }
         .section table, .section .table-caption { column-span: all; }`
      : '';
  const documentStart = layout.documentStart === 'new-page' ? '.document + .document { break-before: page; }' : '';
  return `
@page { size: ${layout.page.size}; margin: ${layout.page.margin}; }
@page contents { counter-increment: page 0; }
${pages.join('\n')}
@page {
  @top-left { font: ${layout.fontSize * 0.8}pt ${SANS}; vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { font: ${layout.fontSize * 0.8}pt ${SANS}; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { font: ${layout.fontSize * 0.85}pt ${SANS}; }
  @bottom-left { font: ${layout.fontSize * 0.85}pt ${SANS}; }
  @bottom-right { font: ${layout.fontSize * 0.85}pt ${SANS}; }
}
html { font: ${layout.fontSize}pt/${layout.lineHeight} ${FONT_FAMILY[layout.font]}; color: #000; }
body { margin: 0; }
p, h1, h2, h3, ul { margin: 0; }
.contents { page: contents; break-after: page; }
.contents-blank { page: contents; break-after: page; height: 1px; }
.contents h1 { text-align: center; font-size: 1.6em; letter-spacing: 1em; margin-bottom: 1em; }
.contents h2 { font-size: 1em; font-weight: bold; margin-top: 0.6em; }
.contents .entry { display: flex; align-items: flex-end; gap: 0.3em; }
.contents .entry .leader { flex: 1 1 2em; border-bottom: 1.5pt dotted #000; margin-bottom: 0.35em; }
/* As wide for 0 as for 123: the second printing must wrap the 目录 as the first did. */
.contents .entry .page { flex: none; min-width: 2em; text-align: right; }
.contents a { color: inherit; text-decoration: none; }
${runs.map((run) => `.section-${run.index} { page: section-${run.index}; }`).join('\n')}
.section + .section { break-before: page; }
${columns}
${documentStart}
.document { padding-bottom: 1.5em; }
.title { font-size: 1.45em; font-weight: bold; text-align: center; line-height: 1.4; margin: 0.8em 0 0.6em; }
.title.spaced { letter-spacing: 0.5em; }
.doc-number, .subtitle, .speaker { text-align: center; margin-bottom: 0.8em; }
.subtitle { font-size: 0.95em; }
.body p, .body li { text-align: justify; text-indent: 2em; }
.body p.addressee { text-indent: 0; }
.body p .line { display: block; text-indent: 0; }
.body p .line.first { text-indent: 2em; }
.body p .line.hanging { padding-left: 5em; }
.body .lead { font-weight: bold; }
.body h2, .body h3 { font-size: 1em; text-indent: 2em; text-align: justify; }
.body .level-1 { font-family: ${SANS}; font-weight: ${layout.font === 'sans' ? 'bold' : 'normal'}; }
.body .level-2 { font-weight: bold; }
.body .level-3, .body .level-4 { font-weight: normal; }
.body .attachment-label { font-family: ${SANS}; text-indent: 0; margin-top: 1em; }
.body .enclosure-title { font-size: 1.3em; font-weight: bold; text-indent: 0; text-align: center; margin: 0.8em 0 0.5em; }
.body .box-title { text-indent: 0; text-align: center; font-weight: bold; border: 0.75pt solid #000; margin: 0.6em 0 0.3em; }
.body ul { list-style: none; padding: 0; }
.body .signature { margin: 1.2em 2em 0.4em 0; text-align: right; break-inside: avoid; }
.body .signature p { text-indent: 0; text-align: right; }
.body .issued { margin-top: 0.6em; }
.body table { border-collapse: collapse; width: 100%; font-size: 0.85em; line-height: 1.4; margin: 0.6em 0; }
.body th, .body td { border: 0.75pt solid #000; padding: 0.15em 0.3em; text-indent: 0; text-align: center; vertical-align: middle; }
.body td.text { text-align: left; }
.body thead th { font-weight: bold; }
.body tr { break-inside: avoid; }
.table-caption { text-indent: 0 !important; text-align: center !important; font-weight: bold; margin-top: 0.6em; }
`;
}

const MARKERS: readonly { pattern: RegExp; className: string }[] = [
  { pattern: /^[一二三四五六七八九十]+、/u, className: 'level-1' },
  { pattern: /^[（(][一二三四五六七八九十]+[)）]/u, className: 'level-2' },
  { pattern: /^\d+[.．]/u, className: 'level-3' },
  { pattern: /^[（(]\d+[)）]/u, className: 'level-4' },
];

/** 附件 / 附件1 / 附件 2 / 附件：, then the attachment's title, as the converter joined them. */
const ATTACHMENT = /^附件\s*\d*[：:]?/u;

function headingHtml(text: string): string {
  const attachment = ATTACHMENT.exec(text);
  if (attachment) {
    // Printed as a label flush left (黑体), then the attachment's title centred on its own line.
    const label = attachment[0];
    const title = text.slice(label.length).trim();
    const titleHtml = title ? `<h2 class="enclosure-title">${escapeHtml(title)}</h2>` : '';
    return `<p class="attachment-label">${escapeHtml(label)}</p>${titleHtml}`;
  }
  if (text.startsWith('专栏')) return `<h3 class="box-title">${escapeHtml(text)}</h3>`;
  const marker = MARKERS.find(({ pattern }) => pattern.test(text));
  if (marker) return `<h3 class="${marker.className}">${escapeHtml(text)}</h3>`;
  return `<h2 class="enclosure-title">${escapeHtml(text)}</h2>`;
}

function paragraphHtml(text: string, lead: string | null): string {
  if (text.includes('\n')) {
    // A list inside a paragraph (附件：1. … / 2. …): later lines align under the first item.
    const hanging = text.startsWith('附件：') ? ' hanging' : ' first';
    const lines = text.split('\n').map((line, index) => {
      const className = index === 0 ? 'line first' : `line${hanging}`;
      return `<span class="${className}">${escapeHtml(line)}</span>`;
    });
    return `<p>${lines.join('')}</p>`;
  }
  if (lead && text.startsWith(lead)) {
    return `<p><strong class="lead">${escapeHtml(lead)}</strong>${escapeHtml(text.slice(lead.length))}</p>`;
  }
  return `<p>${escapeHtml(text)}</p>`;
}

function cellHtml(tag: 'th' | 'td', cell: TableCell, extra = ''): string {
  const spans = `${cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ''}`;
  // Long cells read as text, left-aligned; numbers and short labels are centred as printed.
  const className = [...cell.text].length > 12 ? ' class="text"' : '';
  return `<${tag}${spans}${className}${extra}>${escapeHtml(cell.text)}</${tag}>`;
}

function tableHtml(table: TableModel, printedBefore: string): string {
  // The converter takes the caption from the heading above the table; print it only when that
  // heading was not printed already (as the document's or an attachment's title).
  const caption =
    table.caption && !printedBefore.includes(table.caption)
      ? `<p class="table-caption">${escapeHtml(table.caption)}</p>`
      : '';
  const head = table.head.map((row) => `<tr>${row.map((cell) => cellHtml('th', cell)).join('')}</tr>`).join('');
  const body = table.groups
    .map((group) => {
      const label = group.label ? `<tr><th colspan="${table.columnCount}">${escapeHtml(group.label)}</th></tr>` : '';
      const rows = group.rows.map(
        (row) =>
          `<tr>${row
            .map((cell, column) =>
              table.rowHeaders && column === 0 ? cellHtml('th', cell, ' scope="row"') : cellHtml('td', cell),
            )
            .join('')}</tr>`,
      );
      return label + rows.join('');
    })
    .join('');
  return `${caption}<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function signatureHtml(organs: readonly string[], date: string): string {
  return `<div class="signature">${[...organs, date].map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div>`;
}

/** A speech or report opens with `——date 在…会议上` and the speaker's office and name. */
const SPEECH_SUBTITLE = /^——/u;

function bodyHtml(document: GazetteDocument): string {
  const { meta, blocks } = document;
  let printed = meta.title;
  const html = blocks.map((block: Block, index) => {
    switch (block.kind) {
      case 'heading':
        printed += block.text;
        return headingHtml(block.text);
      case 'paragraph': {
        if (index === 0 && meta.addressee && block.text === meta.addressee) {
          return `<p class="addressee">${escapeHtml(block.text)}</p>`;
        }
        const isSpeech = !meta.docNumber && SPEECH_SUBTITLE.test(blocks[0]?.kind === 'paragraph' ? blocks[0].text : '');
        if (isSpeech && index === 0) return `<p class="subtitle">${escapeHtml(block.text)}</p>`;
        return paragraphHtml(block.text, block.lead);
      }
      case 'list':
        return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      case 'table':
        return tableHtml(block.table, printed);
      case 'signature':
        return signatureHtml(block.organs, block.date);
      case 'issued':
        // The printer's imprint (版记) above the 印发 line keeps its lines, as printed.
        return `<p class="issued">${block.text.split('\n').map(escapeHtml).join('<br>')}</p>`;
      case 'speaker':
        return `<p class="speaker">${escapeHtml(block.office)}\u3000${escapeHtml(block.name)}</p>`;
      case 'preformatted':
        return `<pre>${escapeHtml(block.lines.join('\n'))}</pre>`;
    }
  });
  return `<div class="body">${html.join('')}</div>`;
}

/**
 * The title as printed: centred, the issuing organs on lines of their own when the title starts with
 * them (as GB/T 9704 titles break), a short title letter-spaced (政 府 工 作 报 告).
 */
export function titleHtml(title: string, organs: readonly string[]): string {
  const lines: string[] = [];
  let rest = title;
  for (const organ of organs) {
    if (rest.startsWith(organ) && rest.length > organ.length) {
      lines.push(organ);
      rest = rest.slice(organ.length);
    }
  }
  lines.push(rest);
  const spaced = [...title].length <= 8 ? ' spaced' : '';
  return `<h1 class="title${spaced}">${lines.map(escapeHtml).join('<br>')}</h1>`;
}

function documentHtml(document: GazetteDocument): string {
  const { meta } = document;
  const number = meta.docNumber ? `<p class="doc-number">${escapeHtml(meta.docNumber)}</p>` : '';
  return `<article class="document" id="document-${meta.order}">${titleHtml(meta.title, meta.organs)}${number}${bodyHtml(document)}</article>`;
}

/**
 * The 目录: section labels in 【】, each entry `title（文号）` with a dot leader and its page. When
 * it fills an odd number of pages a blank page follows, so that page 1 is a right-hand page
 * (Chromium prints a forced `break-after: right` without the blank page).
 */
function contentsHtml(runs: readonly SectionRun[], pagination: Pagination): string {
  const sections = runs.map((run) => {
    const label = run.name ? `<h2>【${escapeHtml(run.name)}】</h2>` : '';
    const entries = run.documents.map(({ meta }) => {
      const text = meta.docNumber ? `${meta.title}（${meta.docNumber}）` : meta.title;
      // Until the issue has been paginated once, a placeholder as wide as a page number.
      const page = pagination.pageOfDocument.get(meta.order) ?? 0;
      return `<p class="entry"><a href="#document-${meta.order}">${escapeHtml(text)}</a><span class="leader"></span><span class="page">${page}</span></p>`;
    });
    return label + entries.join('');
  });
  const blank = pagination.contentsPages % 2 === 1 ? '<div class="contents-blank"></div>' : '';
  return `<nav class="contents"><h1>目录</h1>${sections.join('')}</nav>${blank}`;
}

/**
 * The whole issue as one printable HTML page. A layout with a 目录 is printed twice: first
 * unpaginated, to learn where each document falls (`paginationOf` in extract.ts), then with it.
 */
export function issueHtml(converted: ConvertedIssue, layout: Layout, pagination = UNPAGINATED): string {
  const runs = sectionRuns(converted.documents);
  const masthead = mastheadOf(converted);
  const sections = runs
    .map(
      (run) =>
        `<div class="section section-${run.index}">${run.documents.map((document) => documentHtml(document)).join('')}</div>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(masthead)}</title>
<style>${stylesheet(layout, runs, masthead)}</style></head>
<body>${layout.contents ? contentsHtml(runs, pagination) : ''}
${sections}</body></html>`;
}

/** Prints HTML to PDF with the page size and margins its own CSS sets. */
export async function printPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    // Fonts load asynchronously even when local; printing before would measure fallback glyphs.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ preferCSSPageSize: true, printBackground: false, outline: false, tagged: false });
  } finally {
    await page.close();
  }
}
