/**
 * Nothing is lost: for every document, the text the built page presents as the document (its
 * `data-pagefind-body` region, minus the parts marked `data-pagefind-ignore`) contains every
 * Chinese character, letter, digit and sentence punctuation mark of the raw source lines, in order
 * — except the artefacts the converter named in its report that have their kind's shape, judged
 * independently of the converter (tests/support/conservation.ts). Character repairs the report
 * logs are applied to the source side first. A table row that continued the row before it across
 * a page break (reported as such) was moved into that row, so its characters are checked in their
 * own order, not in the order of the lines.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IssueReport } from '../../src/publish/issues.ts';
import { artefactHasItsShape, firstMissing, SIGNIFICANT, sourceCharacters } from '../support/conservation.ts';
import { readDist, readDistJson, routeOfPath, type OpenDataDocument } from '../support/site.ts';

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
        const page = pageCharacters(readDist(`${routeOfPath(url).slice(1)}index.html`));
        const moved = new Set(
          report.warnings.filter((warning) => warning.code === 'table-continuation-row').map((warning) => warning.line),
        );
        const { characters: source, unshapedArtefacts } = sourceCharacters(
          lines,
          entry.lines[0],
          entry.lines[1],
          report,
        );
        for (const artefact of unshapedArtefacts) {
          failures.push(
            `${report.file}:${artefact.line} removed as ${artefact.kind} but it is not one: ${JSON.stringify(artefact.text)}`,
          );
        }
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

describe('an artefact exempts its text only when it has its kind’s shape', () => {
  const artefact = (kind: IssueReport['artefacts'][number]['kind'], text: string, line = 5) => ({ kind, text, line });
  const lines = ['目 录', '序号\t名称', '1\t甲', '', '序号\t名称'];

  it('takes page numbers, running headers, markup and tags for what they say', () => {
    for (const [kind, text] of [
      ['page-number', '— 12 —'],
      ['page-number', '第 3 页 共 9 页'],
      ['page-number', ' 12 '],
      ['running-header', '济南市槐荫区人民政府公报（2021 年第 1 期） 区政府文件'],
      ['running-header', '人事任免'],
      ['extractor-markup', '## '],
      ['html-tag', '<p>'],
    ] as const) {
      expect(artefactHasItsShape(artefact(kind, text), lines, 1), `${kind} ${text}`).toBe(true);
    }
  });

  it('refuses text of another shape logged as an artefact', () => {
    expect(artefactHasItsShape(artefact('page-number', '推进健康槐荫'), lines, 1)).toBe(false);
    expect(artefactHasItsShape(artefact('running-header', '一、总体要求'), lines, 1)).toBe(false);
    expect(artefactHasItsShape(artefact('extractor-markup', '加强'), lines, 1)).toBe(false);
    expect(artefactHasItsShape(artefact('table-of-contents', '目 录', 9), lines, 3)).toBe(false);
    expect(artefactHasItsShape(artefact('repeated-table-header', '序号\t名称'), lines, 1)).toBe(true);
    expect(artefactHasItsShape(artefact('repeated-table-header', '1\t甲', 2), lines, 1)).toBe(false);
  });

  it('counts sentence punctuation, widened where the report says so', () => {
    const report = {
      documents: [{ id: 'x', order: 1, title: '', docNumber: null, lines: [1, 1] as [number, number] }],
      artefacts: [],
      repairs: [{ line: 1, kind: 'widened-punctuation' as const, before: ',', after: '，' }],
    } as unknown as IssueReport;
    const { characters } = sourceCharacters(['甲,乙。'], 1, 1, report);
    expect(characters.map((item) => item.repaired ?? item.char).join('')).toBe('甲，乙。');
    expect(firstMissing(characters, [...'甲，乙。'])).toBe(-1);
    expect(firstMissing(characters, [...'甲乙。'])).toBe(1);
  });
});
