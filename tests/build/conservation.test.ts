/**
 * Nothing is lost: for every document, the text the built page presents as the document (its
 * `data-pagefind-body` region, minus the parts marked `data-pagefind-ignore`) contains every
 * Chinese character, letter and digit of the raw source lines, in order — except the artefacts
 * the converter named in its report. Character repairs the report logs (traditional → simplified,
 * full-width → ASCII digits) are applied to the source side first. A table row that continued
 * the row before it across a page break (reported as such) was moved into that row, so its
 * characters are checked in their own order, not in the order of the lines.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IssueReport } from '../../src/publish/issues.ts';
import { readDist, readDistJson, type OpenDataDocument } from '../support/site.ts';

const SIGNIFICANT = /[\p{Script=Han}\p{L}\p{N}]/u;

interface SignificantChar {
  char: string;
  line: number;
}

function removeIgnored(node: Root | Element): void {
  node.children = node.children.filter(
    (child) => !(child.type === 'element' && child.properties.dataPagefindIgnore !== undefined),
  );
  for (const child of node.children) if (child.type === 'element') removeIgnored(child);
}

/** The significant characters of a built page's indexed region. */
export function pageCharacters(html: string): string[] {
  const body = select('[data-pagefind-body]', fromHtml(html));
  if (!body) throw new Error('page has no data-pagefind-body region');
  removeIgnored(body);
  return [...toText(body)].filter((char) => SIGNIFICANT.test(char));
}

/** The significant characters of raw source lines, minus the named artefacts, repairs applied. */
export function sourceCharacters(lines: string[], first: number, last: number, report: IssueReport): SignificantChar[] {
  const result: SignificantChar[] = [];
  for (let no = first; no <= last; no += 1) {
    let text = lines[no - 1] ?? '';
    for (const artefact of report.artefacts.filter((item) => item.line === no)) {
      const at = text.indexOf(artefact.text);
      if (at !== -1) text = text.slice(0, at) + text.slice(at + artefact.text.length);
    }
    const substitutions = new Map(
      report.repairs
        .filter(
          (repair) =>
            repair.line === no && (repair.kind === 'traditional-character' || repair.kind === 'full-width-digit'),
        )
        .map((repair) => [repair.before, repair.after]),
    );
    for (const char of text) {
      const repaired = substitutions.get(char) ?? char;
      if (SIGNIFICANT.test(repaired)) result.push({ char: repaired, line: no });
    }
  }
  return result;
}

/** Index of the first source character that the page does not contain in order, or -1. */
export function firstMissing(source: SignificantChar[], page: string[]): number {
  let cursor = 0;
  for (let index = 0; index < source.length; index += 1) {
    while (cursor < page.length && page[cursor] !== source[index]!.char) cursor += 1;
    if (cursor === page.length) return index;
    cursor += 1;
  }
  return -1;
}

const documents = readDistJson<OpenDataDocument[]>('data/documents.json');
const issues = [...new Set(documents.map((document) => document.issue))];

describe('text conservation', () => {
  for (const issue of issues) {
    it(`loses no character of ${issue} between the raw file and its pages`, () => {
      const report = readDistJson<IssueReport>(`data/report/${issue}.json`);
      const lines = readFileSync(join('content', report.file), 'utf8').split(/\r\n|\r|\n/);
      const failures: string[] = [];
      for (const entry of report.documents) {
        const url = documents.find((document) => document.id === entry.id)!.url;
        const page = pageCharacters(readDist(`${url.slice(1)}index.html`));
        const moved = new Set(
          report.warnings.filter((warning) => warning.code === 'table-continuation-row').map((warning) => warning.line),
        );
        const source = sourceCharacters(lines, entry.lines[0], entry.lines[1], report);
        const sequences = [
          source.filter((item) => !moved.has(item.line)),
          ...[...moved].map((line) => source.filter((item) => item.line === line)),
        ];
        for (const sequence of sequences) {
          const missing = firstMissing(sequence, page);
          if (missing === -1) continue;
          const at = sequence[missing]!;
          failures.push(
            `${report.file}:${at.line} «${sequence
              .slice(missing, missing + 12)
              .map((item) => item.char)
              .join('')}» missing from ${url}`,
          );
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('covers every line of every issue outside the 目录 with some document', () => {
    for (const issue of issues) {
      const report = readDistJson<IssueReport>(`data/report/${issue}.json`);
      const lines = readFileSync(join('content', report.file), 'utf8').split(/\r\n|\r|\n/);
      const covered = new Set<number>();
      for (const entry of report.documents)
        for (let no = entry.lines[0]; no <= entry.lines[1]; no += 1) covered.add(no);
      for (const artefact of report.artefacts)
        if (artefact.kind === 'table-of-contents' || artefact.text === lines[artefact.line - 1])
          covered.add(artefact.line);
      const uncovered = lines
        .map((text, index) => ({ text, no: index + 1 }))
        .filter((line) => line.text.trim() !== '' && !covered.has(line.no));
      expect(uncovered.map((line) => `${report.file}:${line.no}`)).toEqual([]);
    }
  });
});

describe('firstMissing', () => {
  const chars = (text: string) => [...text].map((char) => ({ char, line: 1 }));
  it('finds nothing missing when the page holds the source in order, with extra text around it', () => {
    expect(firstMissing(chars('公报文件'), [...'标题公报的文件正文'])).toBe(-1);
  });
  it('names the first character the page lost', () => {
    expect(firstMissing(chars('公报文件'), [...'公报件'])).toBe(2);
  });
  it('counts characters out of order as missing', () => {
    expect(firstMissing(chars('甲乙'), [...'乙甲'])).toBe(1);
  });
});
