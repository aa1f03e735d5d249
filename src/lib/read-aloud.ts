/**
 * Read aloud (朗读): what the browser's own speech synthesis says for a page, worked out from the
 * page's elements without touching speech or layout, so that it can be tested on parsed HTML.
 * The page is read part by part — a heading, a paragraph, a list item, a metadata row, a table
 * row with its column names — each part the element highlighted while it is read, each said as
 * one or more utterances of at most UTTERANCE_LENGTH characters (some engines stop a long one).
 * Navigation, forms and anything the caller leaves out (what is not rendered) are skipped.
 * Which voice reads is chinese-voice.ts's business, kept apart so that pages load it alone.
 */

/** The little of the DOM this module reads; real DOM nodes fit it, and so can test doubles. */
export interface ReadableNode {
  /** 1 for an element, 3 for text. */
  readonly nodeType: number;
  /** Upper case for HTML elements (`P`), `#text` for text. */
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<ReadableNode>;
  getAttribute?(name: string): string | null;
}

export interface Part<N extends ReadableNode = ReadableNode> {
  /** The element highlighted while the part is read. */
  node: N;
  text: string;
}

/** Speeds offered to the reader: the utterance rate and its Chinese label; the first is the default. */
export const RATES = [
  [1, '正常'],
  [0.75, '慢'],
  [1.25, '快'],
] as const;

export const UTTERANCE_LENGTH = 120;

/** Never read: navigation and controls (the reader did not come to hear them), code, media. */
const SKIPPED = new Set([
  'NAV',
  'FORM',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'IMG',
]);
/** Elements that start a part of their own; anything else is read within its block. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DETAILS',
  'DIV',
  'DL',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'UL',
]);
const HEADINGS = /^H[1-6]$/;
/** What keeps a list item from being read as one part: structure of its own inside it. */
const STRUCTURE = new Set(['OL', 'UL', 'TABLE', 'DL', 'H2', 'H3', 'H4', 'H5', 'H6']);

const children = <N extends ReadableNode>(node: N): N[] => Array.from(node.childNodes as ArrayLike<N>);
const isElement = (node: ReadableNode): boolean => node.nodeType === 1;
const named = (node: ReadableNode, ...names: string[]): boolean => names.includes(node.nodeName.toUpperCase());

/** Spaces collapsed, and none left between Chinese characters (line breaks of the source). */
export function speakable(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/(?<=\P{ASCII}) (?=\P{ASCII})/gu, '')
    .trim();
}

/**
 * The text of an element as it should be heard: inline elements run on, but two elements side by
 * side with no text between them (a 文号 and a date in a list) are kept apart by a pause.
 */
function textOf<N extends ReadableNode>(node: N, skipped: (node: N) => boolean): string {
  if (!isElement(node)) return node.textContent ?? '';
  let text = '';
  let previousWasElement = false;
  for (const child of children(node)) {
    const element = isElement(child);
    if (element && skipped(child)) continue;
    if (element && previousWasElement && !/[，。、；：！？\s]$/.test(text)) text += '，';
    text += textOf(child, skipped);
    if (element) previousWasElement = true;
    else if ((child.textContent ?? '').trim()) previousWasElement = false;
  }
  return text;
}

/**
 * The rows of a table, each with the column names of its cells: a first row of only <th> names
 * the columns, colspan is followed, rowspan is not (a cell below a tall one takes its neighbour's name).
 */
function tableParts<N extends ReadableNode>(
  table: N,
  said: (node: N, text: string) => void,
  skipped: (node: N) => boolean,
): void {
  const rows: N[] = [];
  let caption = '';
  const collect = (node: N) => {
    for (const child of children(node)) {
      if (named(child, 'CAPTION')) caption = speakable(textOf(child, skipped));
      else if (named(child, 'TR')) rows.push(child);
      else if (named(child, 'THEAD', 'TBODY', 'TFOOT')) collect(child);
    }
  };
  collect(table);
  const cellsOf = (row: N) => children(row).filter((cell) => named(cell, 'TD', 'TH'));
  const spanOf = (cell: N) => Math.max(1, Number(cell.getAttribute?.('colspan')) || 1);
  const header: string[] = [];
  let bodyRows = rows;
  const first = rows[0];
  if (first && cellsOf(first).every((cell) => named(cell, 'TH'))) {
    for (const cell of cellsOf(first))
      header.push(...Array<string>(spanOf(cell)).fill(speakable(textOf(cell, skipped))));
    bodyRows = rows.slice(1);
  }
  said(table, `表格${caption ? `：${caption}` : ''}，共${bodyRows.length}行。`);
  bodyRows.forEach((row, index) => {
    let column = 0;
    const cells = cellsOf(row).map((cell) => {
      const name = header[column] ?? '';
      column += spanOf(cell);
      const value = speakable(textOf(cell, skipped)) || '空';
      return name && name !== value ? `${name}：${value}` : value;
    });
    said(row, `第${index + 1}行，${cells.join('；')}。`);
  });
}

/** A description list as label：value rows; a value already read (the 文号 under the title) is not read again. */
function listParts<N extends ReadableNode>(
  list: N,
  said: (node: N, text: string) => void,
  skipped: (node: N) => boolean,
  already: (text: string) => boolean,
): void {
  const pairs: { node: N; label: string; values: string[] }[] = [];
  const visit = (node: N, row: N | null) => {
    for (const child of children(node)) {
      if (named(child, 'DIV')) visit(child, child);
      else if (named(child, 'DT'))
        pairs.push({ node: row ?? child, label: speakable(textOf(child, skipped)), values: [] });
      else if (named(child, 'DD')) pairs.at(-1)?.values.push(speakable(textOf(child, skipped)));
    }
  };
  visit(list, null);
  for (const { node, label, values } of pairs) {
    const value = values.filter(Boolean).join('，');
    if (value && !already(value)) said(node, `${label}：${value}`);
  }
}

/**
 * The parts of `root` in reading order. `include` tells whether an element is to be read (the
 * page knows what is rendered; hidden and print-only elements, and the read-aloud controls, are
 * not). Parts come in the order the page shows them, so that the highlight moves down the page:
 * a document is heard as section, title, 文号, its metadata, then its text.
 */
export function readingParts<N extends ReadableNode>(root: N, include: (node: N) => boolean = () => true): Part<N>[] {
  const parts: Part<N>[] = [];
  const said = (node: N, text: string) => {
    const clean = speakable(text);
    if (clean) parts.push({ node, text: clean });
  };
  const already = (text: string) => parts.some((part) => part.text === text);
  const skipped = (node: N) =>
    !isElement(node) ||
    SKIPPED.has(node.nodeName.toUpperCase()) ||
    node.getAttribute?.('hidden') != null ||
    node.getAttribute?.('aria-hidden') === 'true' ||
    !include(node);

  const visit = (node: N): void => {
    const name = node.nodeName.toUpperCase();
    if (name === 'TABLE') return tableParts(node, said, skipped);
    if (name === 'DL') return listParts(node, said, skipped, already);
    const kids = children(node);
    const leaf =
      HEADINGS.test(name) ||
      (name === 'LI' && !kids.some((kid) => STRUCTURE.has(kid.nodeName.toUpperCase()))) ||
      !kids.some((kid) => isElement(kid) && BLOCKS.has(kid.nodeName.toUpperCase()));
    if (leaf) return said(node, textOf(node, skipped));
    // Blocks in order; text between blocks is read with its container.
    let loose = '';
    for (const kid of kids) {
      if (isElement(kid) && BLOCKS.has(kid.nodeName.toUpperCase())) {
        said(node, loose);
        loose = '';
        if (!skipped(kid)) visit(kid);
      } else if (!isElement(kid) || !skipped(kid)) loose += textOf(kid, skipped);
    }
    said(node, loose);
  };
  if (!skipped(root)) visit(root);
  return parts;
}

/** A part's text as utterances of at most `length` characters, cut after a sentence or clause where possible. */
export function utterances(text: string, length = UTTERANCE_LENGTH): string[] {
  const pieces = text.match(/[^。！？；!?;]+[。！？；!?;]*|[。！？；!?;]+/g) ?? [];
  const result: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && current.length + piece.length > length) {
      result.push(current);
      current = '';
    }
    current += piece;
    while (current.length > length) {
      const cut = Math.max(current.lastIndexOf('，', length), current.lastIndexOf('、', length));
      const at = cut > length / 2 ? cut + 1 : length;
      result.push(current.slice(0, at));
      current = current.slice(at);
    }
  }
  if (current.trim()) result.push(current);
  return result.map((utterance) => utterance.trim()).filter(Boolean);
}
