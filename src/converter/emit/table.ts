/**
 * Tables are emitted as HTML built from a hast tree (Markdown tables cannot express captions,
 * header scopes or merged cells). rehype-stringify escapes every text node, so cell text can
 * never become markup.
 */
import type { Element, ElementContent } from 'hast';
import { elementToHtml } from './html.ts';
import type { TableCell, TableModel } from '../types.ts';

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function cell(tag: 'th' | 'td', source: TableCell, scope: string | null): Element {
  const properties: Record<string, string | number> = {};
  if (scope) properties.scope = scope;
  if (source.colSpan && source.colSpan > 1) properties.colSpan = source.colSpan;
  if (source.rowSpan && source.rowSpan > 1) properties.rowSpan = source.rowSpan;
  const children: ElementContent[] = [];
  source.text.split('\n').forEach((line, index) => {
    if (index > 0) children.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
    if (line !== '') children.push(text(line));
  });
  return { type: 'element', tagName: tag, properties, children };
}

function row(cells: Element[]): Element {
  return { type: 'element', tagName: 'tr', properties: {}, children: cells };
}

/** The table as an HTML string: caption, a header with `scope`, one `tbody` per row group. */
export function tableToHtml(table: TableModel): string {
  const children: Element[] = [];
  if (table.caption)
    children.push({ type: 'element', tagName: 'caption', properties: {}, children: [text(table.caption)] });
  children.push({
    type: 'element',
    tagName: 'thead',
    properties: {},
    children: table.head.map((cells) =>
      row(cells.map((source) => cell('th', source, source.colSpan && source.colSpan > 1 ? 'colgroup' : 'col'))),
    ),
  });
  for (const group of table.groups) {
    const rows = group.rows.map((cells) =>
      row(
        cells.map((source, index) =>
          index === 0 && table.rowHeaders ? cell('th', source, 'row') : cell('td', source, null),
        ),
      ),
    );
    if (group.label) {
      rows.unshift(row([cell('th', { text: group.label, colSpan: table.columnCount }, 'rowgroup')]));
    }
    children.push({ type: 'element', tagName: 'tbody', properties: {}, children: rows });
  }
  const tableElement: Element = { type: 'element', tagName: 'table', properties: {}, children };
  // Wide tables scroll inside their own focusable region, never the page (WCAG 1.4.10).
  const region: Element = {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['table-scroll'],
      role: 'region',
      ariaLabel: table.caption ? `表格：${table.caption}` : '表格',
      tabIndex: 0,
    },
    children: [tableElement],
  };
  return elementToHtml(region);
}
