/**
 * What "nothing is lost" means, checked without trusting the converter's rules: the characters of
 * a raw issue file against the text of its built pages.
 *
 * - Significant characters are Chinese characters, letters, digits and the sentence punctuation
 *   `。，；：` (with their half-width forms, which the converter widens).
 * - An artefact the converter's report lists may exempt its text only when that text has the
 *   artefact's own shape, judged here by patterns of this file, not the converter's: a page number
 *   is digits with dashes or 第…页; a running header holds the gazette's name or is a section name;
 *   markup is markup characters; a 目录 line stands before the issue's first document.
 * - The report's character repairs are the only changes allowed: a character that a repair listed
 *   for its line changes may appear in the page as it was or as repaired (the report does not say
 *   which of a line's commas was widened).
 */
import type { IssueReport } from '../../src/publish/issues.ts';

export const SIGNIFICANT = /[\p{Script=Han}\p{L}\p{N}。，；：,;:]/u;

export interface SignificantChar {
  char: string;
  /** The character as a repair the report lists for this line may have changed it. */
  repaired?: string;
  line: number;
}

type Artefact = IssueReport['artefacts'][number];

/** Independent shapes of each kind of artefact: what its removed text may look like. */
const SHAPES: Record<Artefact['kind'], (text: string) => boolean> = {
  'page-break': (text) => /^\f+$/.test(text),
  'page-number': (text) =>
    /^[-—–·]*第?[0-9０-９]{1,3}页?(?:[,，/／]?共\d{1,3}页)?(?:[/／]\d{1,3})?[-—–·]*$/.test(text.replace(/\s+/g, '')),
  'running-header': (text) =>
    /槐荫区人民政府公报/.test(text) || /^[\p{Script=Han}\s]{2,20}(?:文件|任免|数据|报告)$/u.test(text.trim()),
  'separator-line': (text) => /^[\s\-=_—–]+$/.test(text),
  'table-of-contents': () => true,
  'extractor-markup': (text) => /^[\s#*+\-_{}\\]+$/.test(text),
  'html-tag': (text) => /^<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>$/i.test(text),
  'repeated-table-header': () => true,
  'table-rule': (text) => /^[\s|:-]+$/.test(text),
};

/**
 * Whether an artefact may exempt its text: it has its kind's shape; a 目录 line stands before the
 * first document; a repeated table header repeats a line earlier in the file.
 */
export function artefactHasItsShape(artefact: Artefact, lines: readonly string[], firstDocumentLine: number): boolean {
  if (!SHAPES[artefact.kind](artefact.text)) return false;
  if (artefact.kind === 'table-of-contents') return artefact.line < firstDocumentLine;
  if (artefact.kind === 'repeated-table-header') {
    const compact = (text: string) => text.replace(/\s+/g, '');
    return lines.slice(0, artefact.line - 1).some((line) => compact(line) === compact(artefact.text));
  }
  return true;
}

/** Character repairs that change one character for another, and may be applied to the source. */
const SUBSTITUTIONS = new Set([
  'traditional-character',
  'full-width-digit',
  'widened-punctuation',
  'encoded-character',
  'middle-dot',
]);

/**
 * The significant characters of raw source lines, minus the artefacts that have their shape, with
 * the report's character repairs applied. Artefacts without their shape are returned apart.
 */
export function sourceCharacters(
  lines: readonly string[],
  first: number,
  last: number,
  report: IssueReport,
): { characters: SignificantChar[]; unshapedArtefacts: Artefact[] } {
  const characters: SignificantChar[] = [];
  const unshapedArtefacts: Artefact[] = [];
  const firstDocumentLine = Math.min(...report.documents.map((document) => document.lines[0]));
  for (let no = first; no <= last; no += 1) {
    let text = lines[no - 1] ?? '';
    for (const artefact of report.artefacts.filter((item) => item.line === no)) {
      if (!artefactHasItsShape(artefact, lines, firstDocumentLine)) {
        unshapedArtefacts.push(artefact);
        continue;
      }
      const at = text.indexOf(artefact.text);
      if (at !== -1) text = text.slice(0, at) + text.slice(at + artefact.text.length);
    }
    const substitutions = new Map(
      report.repairs
        .filter((repair) => repair.line === no && SUBSTITUTIONS.has(repair.kind))
        .map((repair) => [repair.before, repair.after]),
    );
    for (const char of text) {
      const repaired = substitutions.get(char);
      if (SIGNIFICANT.test(char) || (repaired && SIGNIFICANT.test(repaired))) {
        characters.push(repaired ? { char, repaired, line: no } : { char, line: no });
      }
    }
  }
  return { characters, unshapedArtefacts };
}

/** Index of the first source character that the page does not contain in order, or -1. */
export function firstMissing(source: readonly SignificantChar[], page: readonly string[]): number {
  let cursor = 0;
  for (let index = 0; index < source.length; index += 1) {
    const { char, repaired } = source[index]!;
    while (cursor < page.length && page[cursor] !== char && page[cursor] !== repaired) cursor += 1;
    if (cursor === page.length) return index;
    cursor += 1;
  }
  return -1;
}
