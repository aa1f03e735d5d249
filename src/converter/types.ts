/**
 * Shared vocabulary of the converter pipeline (read → detect → segment → repair → structure → emit).
 * Every stage is a set of pure functions over these types; only `read` touches the file system.
 */

/** One physical line of the source file; `no` is 1-based, as an editor shows it. */
export interface SourceLine {
  no: number;
  text: string;
  /** The extraction marked the line as a bullet item (`- `); the mark itself was removed. */
  bullet?: boolean;
  /** Rows read from one HTML or pipe table share an id, so that two such tables never merge. */
  table?: number;
  /**
   * Lines of one table that could not be rebuilt with confidence share an id (the first line's
   * number): they are kept as printed, spaces and all, as one preformatted block.
   */
  preformatted?: number;
  /**
   * Where the line stood on the printed page, in display cells (a Chinese character is 2): its
   * indent from the column's left edge and its width including the indent. Set by detect.
   */
  indent?: number;
  width?: number;
  /** Page furniture (a page number, a running header, a form feed) stood between this line and the text before it. */
  afterPageBreak?: boolean;
  /** The text before character repairs, when the repair stage changed it (for artefacts removed later). */
  raw?: string;
}

/** The identity of one gazette issue, e.g. year 2021, number 4 → id "2021-4", title "2021年第4期". */
export interface IssueId {
  year: number;
  number: number;
  id: string;
  title: string;
}

/** Something the converter removed because it is an extraction artefact, not the gazette's text. */
export type ArtefactKind =
  | 'page-break'
  | 'page-number'
  | 'running-header'
  | 'separator-line'
  | 'table-of-contents'
  | 'extractor-markup'
  | 'html-tag'
  | 'repeated-table-header'
  | 'table-rule';

export interface Artefact {
  line: number;
  kind: ArtefactKind;
  /** The exact text removed from that line (the whole line for line artefacts). */
  text: string;
}

/** A change the converter made to the text without changing its wording. */
export type RepairKind =
  | 'joined-lines'
  | 'moved-fragment'
  | 'removed-space'
  | 'widened-punctuation'
  | 'traditional-character'
  | 'full-width-digit'
  | 'encoded-character'
  /** A bidirectional control or zero-width character removed (`before` names its code point). */
  | 'invisible-character'
  | 'middle-dot'
  | 'unescaped-character'
  | 'spaces-as-columns'
  | 'layout-as-columns'
  | 'lines-as-columns'
  | 'pipes-as-columns'
  | 'html-table-as-columns'
  /** A page printed in two columns, read left column then right column, band by band. */
  | 'columns-in-reading-order';

export interface Repair {
  line: number;
  kind: RepairKind;
  before: string;
  after: string;
}

export type WarningCode =
  | 'doubled-at-break'
  | 'page-number-in-line'
  | 'uncertain-table'
  | 'uncertain-structure'
  | 'suspicious-latin-word'
  | 'toc-mismatch'
  | 'toc-pages-unpaired'
  | 'table-ragged-row'
  | 'table-continuation-row'
  | 'signature-date-differs'
  | 'paragraph-too-long';

export interface ConversionWarning {
  line: number;
  code: WarningCode;
  message: string;
}

/**
 * A structural decision about one line: which rule decided what became of it. Rules are named
 * `stage/rule` (`wrap/full-line-continues`, `block/heading`); `outcome` says what the rule decided
 * (`continue`, `break`, `heading 3`, `list item`…). `npm run check -- --explain file:line` prints them.
 */
export interface Decision {
  line: number;
  rule: string;
  outcome: string;
}

/** Collects what a conversion removed, repaired, doubted and decided, for the build report. */
export interface Journal {
  artefacts: Artefact[];
  repairs: Repair[];
  warnings: ConversionWarning[];
  decisions: Decision[];
}

export function createJournal(): Journal {
  return { artefacts: [], repairs: [], warnings: [], decisions: [] };
}

/** A table cell after normalisation; spans are only set when larger than 1. */
export interface TableCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableModel {
  caption: string | null;
  /** Header rows (possibly several, with spans). */
  head: TableCell[][];
  /** Body row groups; a group opened by a section-label row carries that label. */
  groups: { label: string | null; rows: TableCell[][] }[];
  columnCount: number;
  /** The first column names each row (an indicator, an item), so its cells are row headers. */
  rowHeaders: boolean;
  line: number;
}

/** The structured content of a document body, in reading order. */
export type Block =
  | { kind: 'heading'; depth: number; text: string; line: number }
  | { kind: 'paragraph'; text: string; lead: string | null; line: number }
  | { kind: 'list'; items: string[]; line: number }
  | { kind: 'table'; table: TableModel; line: number }
  /** Rows of a table the converter could not rebuild with confidence, kept line for line. */
  | { kind: 'preformatted'; lines: string[]; line: number }
  | { kind: 'signature'; organs: string[]; date: string; line: number }
  /** A speech's speaker: the office and the name, printed apart. */
  | { kind: 'speaker'; office: string; name: string; line: number }
  | { kind: 'issued'; text: string; line: number };

/** The printed section of an issue in which a document appears. */
export type Section = string;

export interface DocumentMeta {
  order: number;
  section: Section | null;
  title: string;
  organs: string[];
  docNumber: string | null;
  date: string | null;
  issuedDate: string | null;
  type: string;
  addressee: string | null;
  /** A speech's speaker, office and name as printed on the line under the subtitle. */
  speaker: { office: string; name: string } | null;
  /** Page of the printed issue, from its 目录, when the issue has one. */
  printedPage: number | null;
  sourceLines: { start: number; end: number };
}

export interface GazetteDocument {
  meta: DocumentMeta;
  blocks: Block[];
}

export interface ConvertedIssue {
  file: string;
  issue: IssueId;
  documents: GazetteDocument[];
  journal: Journal;
}
