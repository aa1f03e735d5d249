/**
 * Tables reach us in several layouts besides TAB-separated rows: columns aligned with runs of
 * spaces, Markdown pipe tables, HTML `<table>` markup. Each is rewritten as TAB rows (journaled)
 * so that one table stage reads them all. Merged HTML cells become the empty cells that printed
 * merged cells leave in TAB extractions, which the table stage turns back into spans.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Journal, SourceLine } from '../types.ts';

/** Two or more spaces inside a line separate columns of a table laid out with spaces. */
const COLUMN_GAP = /(?<=\S)[ \u3000]{2,}(?=\S)/g;

/** The cells a line would have if its column gaps separate columns; 1 when it has no gap. */
function gapCells(line: SourceLine | undefined): number {
  if (!line || line.text.includes('\t') || line.preformatted !== undefined || /^\s*\|/.test(line.text)) return 0;
  return line.text.trim().split(COLUMN_GAP).length;
}

/**
 * Rows of a table laid out with spaces instead of TABs: consecutive lines with column gaps, each
 * with three or more cells, or two when a neighbour has two as well (so that a lone `区长  王明`
 * beside a table stays text).
 */
export function spacesToColumns(lines: SourceLine[], journal: Journal): SourceLine[] {
  return lines.map((line, index) => {
    const cells = gapCells(line);
    const neighbours = [gapCells(lines[index - 1]), gapCells(lines[index + 1])];
    const isRow = cells >= 2 && neighbours.some((count) => count >= 2 && (cells >= 3 ? count >= 3 : count === 2));
    if (!isRow) return line;
    journal.repairs.push({
      line: line.no,
      kind: 'spaces-as-columns',
      before: line.text,
      after: line.text.trim().replace(COLUMN_GAP, '⇥'),
    });
    return { ...line, text: line.text.trim().replace(COLUMN_GAP, '\t') };
  });
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
/** A Markdown table's rule (`|---|:---:|`), read with its whitespace removed. */
const PIPE_RULE = /^\|?:?-{3,}:?(?:\|:?-{3,}:?)+\|?$/;
const isPipeRule = (text: string) => PIPE_RULE.test(text.replace(/\s+/g, ''));

/** Markdown pipe tables (`| 指标 | 单位 |` over `|---|---|`): rows become TAB rows, the rule goes. */
export function pipesToColumns(lines: SourceLine[], journal: Journal): SourceLine[] {
  let table = 0;
  return lines.map((line, index) => {
    const inTable = (candidate: SourceLine | undefined) =>
      candidate !== undefined && (PIPE_ROW.test(candidate.text) || isPipeRule(candidate.text));
    if (!inTable(line) || !(inTable(lines[index - 1]) || inTable(lines[index + 1]))) return line;
    if (!inTable(lines[index - 1])) table += 1;
    if (isPipeRule(line.text)) {
      journal.artefacts.push({ line: line.no, kind: 'table-rule', text: line.text });
      return { ...line, text: '' };
    }
    const cells = line.text
      .trim()
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replace(/\\\|/g, '|'));
    journal.repairs.push({ line: line.no, kind: 'pipes-as-columns', before: line.text, after: cells.join('⇥') });
    return { ...line, text: cells.join('\t'), table: -table };
  });
}

function numberAttribute(element: Element, name: 'colSpan' | 'rowSpan'): number {
  const value = Number(element.properties[name] ?? 1);
  return Number.isInteger(value) && value > 1 ? value : 1;
}

/** The rows of an HTML table as cell texts, merged cells spread as empty cells. */
export function htmlTableRows(html: string): string[][] {
  const rows: string[][] = [];
  const pendingBelow = new Map<number, number>(); // column → rows a rowspan still covers
  const visit = (node: ElementContent | ReturnType<typeof fromHtml>) => {
    if (node.type === 'element' && node.tagName === 'tr') {
      const row: string[] = [];
      const place = () => {
        while ((pendingBelow.get(row.length) ?? 0) > 0) {
          pendingBelow.set(row.length, pendingBelow.get(row.length)! - 1);
          row.push('');
        }
      };
      for (const cell of node.children) {
        if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
        place();
        const column = row.length;
        const colSpan = numberAttribute(cell, 'colSpan');
        const rowSpan = numberAttribute(cell, 'rowSpan');
        row.push(
          toText(cell)
            .split('\n')
            .map((piece) => piece.trim())
            .filter((piece) => piece !== '')
            .join('\n'),
          ...Array.from({ length: colSpan - 1 }, () => ''),
        );
        if (rowSpan > 1)
          for (let offset = 0; offset < colSpan; offset += 1) pendingBelow.set(column + offset, rowSpan - 1);
      }
      place();
      rows.push(row);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as ElementContent);
  };
  visit(fromHtml(html, { fragment: true }));
  return rows;
}

const HTML_TAG = /<\/?[a-z][^<>]*>/gi;

/**
 * HTML tables (`<table><tr><td>…`), on one line or spread over several: each row becomes a TAB
 * row numbered as the line where the table starts; the tags are journaled as artefacts of the
 * lines that held them.
 */
export function htmlTablesToColumns(lines: SourceLine[], journal: Journal): SourceLine[] {
  const result: SourceLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (!/<table\b/i.test(line.text)) {
      result.push(line);
      continue;
    }
    let end = index;
    while (end < lines.length - 1 && !/<\/table>/i.test(lines[end]!.text)) end += 1;
    const block = lines.slice(index, end + 1);
    const html = block.map((part) => part.text).join('\n');
    const before = html.slice(0, html.search(/<table\b/i));
    const after = html.slice(html.search(/<\/table>/i) + '</table>'.length);
    for (const part of block)
      for (const tag of part.text.match(HTML_TAG) ?? [])
        journal.artefacts.push({ line: part.no, kind: 'html-tag', text: tag });
    if (before.trim() !== '') result.push({ no: line.no, text: before.replace(HTML_TAG, '') });
    for (const row of htmlTableRows(html)) {
      journal.repairs.push({ line: line.no, kind: 'html-table-as-columns', before: '<tr>', after: row.join('⇥') });
      result.push({ no: line.no, text: row.join('\t'), table: line.no });
    }
    if (after.trim() !== '') result.push({ no: lines[end]!.no, text: after.replace(HTML_TAG, '') });
    for (const part of block.slice(1)) result.push({ no: part.no, text: '' });
    index = end;
  }
  return result;
}

/** Tables written as markup (HTML, Markdown pipes) as TAB rows. */
export function markupTablesToColumns(lines: SourceLine[], journal: Journal): SourceLine[] {
  return pipesToColumns(htmlTablesToColumns(lines, journal), journal);
}
