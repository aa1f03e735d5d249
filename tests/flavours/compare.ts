/**
 * What stays the same when an issue is converted from another extraction of the same PDF: the
 * documents and their metadata, every character, and the blocks. Pure functions over two
 * converter outputs: the original (content/<id>.txt) and a variant (a typeset-and-extracted copy,
 * or a file a staff member's tool wrote).
 */
import type { Block, ConvertedIssue, DocumentMeta, GazetteDocument, TableModel } from '../../src/converter/types.ts';

/** The metadata that must come out identical from any extraction. */
export const COMPARED_FIELDS = ['title', 'docNumber', 'date', 'issuedDate', 'type', 'section', 'organs'] as const;
type ComparedField = (typeof COMPARED_FIELDS)[number];

/** The share of the original's blocks a variant must reproduce identically. */
export const BLOCKS_IDENTICAL_BUDGET = 0.98;

const WHITESPACE = /\s+/gu;
const withoutWhitespace = (text: string) => text.replace(WHITESPACE, '');

// ---------------------------------------------------------------------------------------------
// Alignment

/**
 * Longest common subsequence of two key sequences, as the index pairs it matches, in order.
 * Quadratic, which is fine: the longest document has about 460 blocks.
 */
export function longestCommonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i += 1;
    else j += 1;
  }
  return pairs;
}

/** One step of an alignment: both sides, or one side only (`null` on the other). */
export interface Aligned {
  original: number | null;
  variant: number | null;
}

/**
 * Aligns two sequences: items with equal keys are matched by LCS; between two matches, the
 * unmatched items are paired in order (a changed item faces what replaced it), and the rest stand
 * alone.
 */
export function align(originalKeys: readonly string[], variantKeys: readonly string[]): Aligned[] {
  const anchors = [...longestCommonSubsequence(originalKeys, variantKeys), [originalKeys.length, variantKeys.length]];
  const steps: Aligned[] = [];
  let i = 0;
  let j = 0;
  for (const [anchorI, anchorJ] of anchors as [number, number][]) {
    while (i < anchorI || j < anchorJ) {
      steps.push({ original: i < anchorI ? i : null, variant: j < anchorJ ? j : null });
      if (i < anchorI) i += 1;
      if (j < anchorJ) j += 1;
    }
    if (anchorI < originalKeys.length) steps.push({ original: anchorI, variant: anchorJ });
    i = anchorI + 1;
    j = anchorJ + 1;
  }
  return steps;
}

/** Documents are paired by title, then in order between two paired titles. */
export function pairDocuments(original: ConvertedIssue, variant: ConvertedIssue): Aligned[] {
  const titles = (issue: ConvertedIssue) => issue.documents.map(({ meta }) => withoutWhitespace(meta.title));
  return align(titles(original), titles(variant));
}

// ---------------------------------------------------------------------------------------------
// (i) Documents and metadata

export interface FieldMismatch {
  order: number;
  field: ComparedField;
  original: string;
  variant: string;
}

export interface DocumentsCheck {
  original: number;
  variant: number;
  /** Original documents found with all compared metadata identical. */
  right: number;
  mismatches: FieldMismatch[];
  /** Titles of original documents with no counterpart, and of variant documents with none. */
  missing: string[];
  extra: string[];
}

const fieldText = (meta: DocumentMeta, field: ComparedField): string => {
  const value = meta[field];
  return Array.isArray(value) ? value.join('、') : (value ?? '—');
};

export function checkDocuments(original: ConvertedIssue, variant: ConvertedIssue): DocumentsCheck {
  const check: DocumentsCheck = {
    original: original.documents.length,
    variant: variant.documents.length,
    right: 0,
    mismatches: [],
    missing: [],
    extra: [],
  };
  for (const pair of pairDocuments(original, variant)) {
    const before = pair.original === null ? undefined : original.documents[pair.original]!.meta;
    const after = pair.variant === null ? undefined : variant.documents[pair.variant]!.meta;
    if (!before) check.extra.push(after!.title);
    else if (!after) check.missing.push(before.title);
    else {
      const mismatches = COMPARED_FIELDS.filter((field) => fieldText(before, field) !== fieldText(after, field)).map(
        (field) => ({
          order: before.order,
          field,
          original: fieldText(before, field),
          variant: fieldText(after, field),
        }),
      );
      check.mismatches.push(...mismatches);
      if (mismatches.length === 0) check.right += 1;
    }
  }
  return check;
}

// ---------------------------------------------------------------------------------------------
// (ii) Characters

/**
 * Every text a table holds, group labels included, and its caption unless the caption is a copy of
 * the heading or title it stands under (a table without a caption line of its own takes theirs):
 * a copy is no character of the source, and a table kept as printed has none.
 */
function tableTexts(table: TableModel, copied: readonly string[]): string[] {
  return [
    table.caption !== null && !copied.some((source) => source.endsWith(table.caption!)) ? table.caption : '',
    ...table.head.flat().map((cell) => cell.text),
    ...table.groups.flatMap((group) => [group.label ?? '', ...group.rows.flat().map((cell) => cell.text)]),
  ];
}

function blockTexts(block: Block, copied: readonly string[]): string[] {
  switch (block.kind) {
    case 'table':
      return tableTexts(block.table, copied);
    case 'list':
      return block.items;
    case 'signature':
      return [...block.organs, block.date];
    case 'speaker':
      return [block.office, block.name];
    case 'preformatted':
      return block.lines;
    case 'heading':
    case 'paragraph':
    case 'issued':
      return [block.text];
  }
}

function documentTexts({ meta, blocks }: GazetteDocument): string[] {
  const copied = copiedCaptions(meta.title, blocks);
  const metadata = [meta.title, meta.docNumber, meta.date, meta.issuedDate, meta.type, meta.section, meta.addressee];
  return [
    ...metadata.filter((value): value is string => value !== null),
    ...meta.organs,
    ...blocks.flatMap((block) => blockTexts(block, copied)),
  ];
}

/**
 * The texts a table's caption may be copied from: the document's title and its headings, whole or
 * their end (an attachment's heading `附件 甲表` lends the table the title `甲表`).
 */
function copiedCaptions(title: string, blocks: readonly Block[]): string[] {
  return [title, ...blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []))];
}

/**
 * Page furniture an extraction carries into the text: the running header (the issue, with the
 * section name before or after it) and page numbers in their printed forms. Found in a variant's
 * output, it is extra text the converter should have removed; it is named apart from other extra
 * characters so that a reader sees at once what leaked.
 */
export function furniturePatterns(sections: readonly string[]): RegExp[] {
  const escaped = [...new Set(sections)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((section) => section.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const section = escaped.length > 0 ? `(?:${escaped.join('|')})?` : '';
  return [
    new RegExp(`${section}济南市槐荫区人民政府公报[（(]\\d{4}年第\\d{1,2}期[）)]${section}`, 'gu'),
    // Not inside a number: 2021-11-02 holds -11-.
    /(?<!\d)[—－-]\d{1,3}[—－-](?!\d)/gu,
    /(?<!\d)第\d{1,3}页(?:共\d{1,3}页)?/gu,
  ];
}

export interface CharacterCheck {
  /** Characters (whitespace ignored) of the original's metadata and blocks. */
  original: number;
  /** Of those, how many the variant has too (as a multiset: order and place do not matter). */
  kept: number;
  /** Characters missing from the variant, and characters only the variant has, with counts. */
  lost: Map<string, number>;
  extra: Map<string, number>;
  /** Running headers and page numbers found in the variant's text, not counted as extra. */
  furniture: string[];
}

function countCharacters(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const char of withoutWhitespace(text)) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

export function checkCharacters(original: ConvertedIssue, variant: ConvertedIssue): CharacterCheck {
  const patterns = furniturePatterns(original.documents.map(({ meta }) => meta.section ?? ''));
  const furniture: string[] = [];
  const strip = (texts: string[], collect: boolean) =>
    texts.map((text) =>
      patterns.reduce(
        (rest, pattern) =>
          rest.replace(pattern, (match) => {
            if (collect) furniture.push(match);
            return '';
          }),
        withoutWhitespace(text),
      ),
    );
  // The same stripping on both sides, so that a page number the original itself prints stays even.
  const before = countCharacters(strip(original.documents.flatMap(documentTexts), false));
  const after = countCharacters(strip(variant.documents.flatMap(documentTexts), true));
  const lost = new Map<string, number>();
  const extra = new Map<string, number>();
  let total = 0;
  let kept = 0;
  for (const [char, count] of before) {
    const found = after.get(char) ?? 0;
    total += count;
    kept += Math.min(count, found);
    if (found < count) lost.set(char, count - found);
  }
  for (const [char, count] of after) {
    const had = before.get(char) ?? 0;
    if (count > had) extra.set(char, count - had);
  }
  return { original: total, kept, lost, extra, furniture };
}

// ---------------------------------------------------------------------------------------------
// (iii) Blocks

const CELL = '¦';
const ROW = '⏎';

/**
 * What makes two blocks the same: their kind, a heading's depth, a paragraph's bold lead, a table's
 * cells row by row, a list's items, a signature's organs and date, and the text, whitespace aside.
 */
export function blockKey(block: Block): string {
  const text = (value: string) => withoutWhitespace(value);
  switch (block.kind) {
    case 'heading':
      return `heading ${block.depth}: ${text(block.text)}`;
    case 'paragraph':
      return `paragraph${block.lead ? ` [${text(block.lead)}]` : ''}: ${text(block.text)}`;
    case 'list':
      return `list: ${block.items.map(text).join(CELL)}`;
    case 'table': {
      const { caption, head, groups } = block.table;
      const rows = [
        ...head.map((row) => row.map((cell) => text(cell.text)).join(CELL)),
        ...groups.flatMap((group) => [
          ...(group.label ? [`[${text(group.label)}]`] : []),
          ...group.rows.map((row) => row.map((cell) => text(cell.text)).join(CELL)),
        ]),
      ];
      return `table${caption ? ` 《${text(caption)}》` : ''}: ${rows.join(ROW)}`;
    }
    case 'signature':
      return `signature: ${block.organs.map(text).join(CELL)} ${text(block.date)}`;
    case 'issued':
      return `issued: ${text(block.text)}`;
    case 'speaker':
      return `speaker: ${text(block.office)} ${text(block.name)}`;
    case 'preformatted':
      return `preformatted: ${block.lines.map(text).join(ROW)}`;
  }
}

/** One row of a side-by-side diff: a block of the original, of the variant, or both (changed). */
export interface BlockDifference {
  /** The original document's position in the issue, or the variant's when only it has one. */
  order: number;
  title: string;
  original: string | null;
  variant: string | null;
}

export interface BlocksCheck {
  original: number;
  identical: number;
  differences: BlockDifference[];
}

export function checkBlocks(original: ConvertedIssue, variant: ConvertedIssue): BlocksCheck {
  const check: BlocksCheck = { original: 0, identical: 0, differences: [] };
  for (const pair of pairDocuments(original, variant)) {
    const before = pair.original === null ? undefined : original.documents[pair.original]!;
    const after = pair.variant === null ? undefined : variant.documents[pair.variant]!;
    const beforeKeys = before?.blocks.map(blockKey) ?? [];
    const afterKeys = after?.blocks.map(blockKey) ?? [];
    const { order, title } = (before ?? after)!.meta;
    check.original += beforeKeys.length;
    for (const step of align(beforeKeys, afterKeys)) {
      const left = step.original === null ? null : beforeKeys[step.original]!;
      const right = step.variant === null ? null : afterKeys[step.variant]!;
      if (left !== null && left === right) check.identical += 1;
      else check.differences.push({ order, title, original: left, variant: right });
    }
  }
  return check;
}

// ---------------------------------------------------------------------------------------------
// The whole comparison and its budgets

export interface Comparison {
  documents: DocumentsCheck;
  characters: CharacterCheck;
  blocks: BlocksCheck;
}

export function compareIssues(original: ConvertedIssue, variant: ConvertedIssue): Comparison {
  return {
    documents: checkDocuments(original, variant),
    characters: checkCharacters(original, variant),
    blocks: checkBlocks(original, variant),
  };
}

export const documentsRight = ({ documents }: Comparison) =>
  documents.right === documents.original && documents.variant === documents.original;
export const charactersKeptShare = ({ characters }: Comparison) =>
  characters.original === 0 ? 1 : characters.kept / characters.original;
export const blocksIdenticalShare = ({ blocks }: Comparison) =>
  blocks.original === 0 ? 1 : blocks.identical / blocks.original;

/** A share as a percentage that reads 100 % only when nothing at all is missing. */
export function percent(share: number): string {
  if (share >= 1) return '100 %';
  const tenths = Math.floor(share * 1000) / 10;
  return `${Number.isInteger(tenths) ? tenths : tenths.toFixed(1)} %`;
}

/** The most frequent characters of a multiset, e.g. `人×12 文×3`, for a one-line summary. */
export function characterSummary(counts: ReadonlyMap<string, number>, most = 12): string {
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = sorted.slice(0, most).map(([char, count]) => `${char}×${count}`);
  const rest = sorted.length - shown.length;
  return shown.join(' ') + (rest > 0 ? ` … (+${rest} more)` : '');
}

const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);

/** The three promises a variant keeps, each checked by one of the functions below. */
export type Budget = 'documents' | 'characters' | 'blocks';

const MOST_DETAILS = 12;

/** Why the documents are not right (count, missing, extra, metadata), or null when they are. */
export function documentsFailure(comparison: Comparison): string | null {
  if (documentsRight(comparison)) return null;
  const { documents } = comparison;
  const details = [
    documents.variant !== documents.original ? `${documents.variant} documents instead of ${documents.original}` : '',
    ...documents.missing.map((title) => `missing: ${title}`),
    ...documents.extra.map((title) => `extra: ${title}`),
    ...documents.mismatches.map(
      ({ order, field, original, variant }) => `#${order} ${field}: ${original} → ${variant}`,
    ),
  ].filter(Boolean);
  const more = details.length > MOST_DETAILS ? [`… (+${details.length - MOST_DETAILS} more)`] : [];
  return [`documents right ${documents.right}/${documents.original}:`, ...details.slice(0, MOST_DETAILS), ...more].join(
    '\n    ',
  );
}

/** Which characters were lost (and which came instead), or null when none was lost. */
export function charactersFailure(comparison: Comparison): string | null {
  const { characters } = comparison;
  if (characters.kept === characters.original) return null;
  return (
    `characters kept ${percent(charactersKeptShare(comparison))}: ` +
    `${total(characters.lost)} lost (${characterSummary(characters.lost)}), ` +
    `${total(characters.extra)} extra (${characterSummary(characters.extra)})`
  );
}

/** The share of identical blocks when below the budget, or null. */
export function blocksFailure(comparison: Comparison): string | null {
  const share = blocksIdenticalShare(comparison);
  if (share >= BLOCKS_IDENTICAL_BUDGET) return null;
  const { blocks } = comparison;
  return `blocks identical ${percent(share)} (${blocks.identical}/${blocks.original}), below ${percent(BLOCKS_IDENTICAL_BUDGET)}`;
}

export const BUDGET_CHECKS: Record<Budget, (comparison: Comparison) => string | null> = {
  documents: documentsFailure,
  characters: charactersFailure,
  blocks: blocksFailure,
};

/** Each budget the comparison misses, as a sentence; empty when the variant is within all three. */
export function budgetFailures(comparison: Comparison): string[] {
  return Object.values(BUDGET_CHECKS)
    .map((check) => check(comparison))
    .filter((failure): failure is string => failure !== null);
}
