/**
 * Future issues come from other extraction tools. These tests take the four real issues and
 * re-extract them the way other tools do — other line endings, running headers and page numbers
 * left in the text, a narrow column hard-wrapped at a fixed width — and check that the converter
 * still finds the same documents with the same metadata and the same text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertIssue, GazetteInputError } from '../../src/converter/index.ts';
import type { Block, ConvertedIssue } from '../../src/converter/types.ts';
import { matchRunningHeader, printedWidth } from '../../src/vocabulary/index.ts';

const ISSUES = readdirSync('content').filter((name) => name.endsWith('.txt'));

const metadata = (issue: ConvertedIssue) =>
  issue.documents.map(({ meta }) => ({
    title: meta.title,
    docNumber: meta.docNumber,
    date: meta.date,
    issuedDate: meta.issuedDate,
    section: meta.section,
    type: meta.type,
    organs: meta.organs,
  }));

const blockText = (block: Block): string => {
  switch (block.kind) {
    case 'table':
      return [
        block.table.caption ?? '',
        ...block.table.head.flat().map((cell) => cell.text),
        ...block.table.groups.flatMap((group) => [group.label ?? '', ...group.rows.flat().map((cell) => cell.text)]),
      ].join('');
    case 'list':
      return block.items.join('');
    case 'signature':
      return [...block.organs, block.date].join('');
    case 'speaker':
      return `${block.office}${block.name}`;
    case 'preformatted':
      return block.lines.join('');
    default:
      return block.text;
  }
};
const significant = (issue: ConvertedIssue) =>
  issue.documents.map((document) =>
    document.blocks
      .map(blockText)
      .join('')
      .replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, ''),
  );
/** Blocks without their source line numbers, which other extractions shift. */
const withoutLines = (issue: ConvertedIssue) =>
  issue.documents.map((document) =>
    document.blocks.map((block) =>
      JSON.stringify(block, (key, value: unknown) => (key === 'line' ? undefined : value)),
    ),
  );

/**
 * Wraps every line wider than `width` display cells (tables excepted) into pieces separated by
 * blank lines, as a narrow column is printed: a number or a Latin word is never split, a line
 * may not start with closing punctuation, and the first line is two characters shorter where the
 * paragraph's indent stood (the extraction drops the indent itself).
 */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      // Tables and running headers are not set in the text column.
      if (line.includes('\t') || matchRunningHeader(line) || printedWidth(line) <= width - 4) return [line];
      // Units that cannot be split: an HTML tag, a number, a Latin word, or one character.
      const units = line.match(/<[^<>]*>|[A-Za-z0-9.%]+|./gsu) ?? [];
      const pieces: string[] = [''];
      let room = width - 4;
      for (const unit of units) {
        const unitWidth = printedWidth(unit);
        const closing = /^[，。、；：？！”’）》,.;:)]/.test(unit);
        if (unitWidth > room && !closing && pieces[pieces.length - 1] !== '') {
          pieces.push('');
          room = width;
        }
        pieces[pieces.length - 1] += unit;
        room -= unitWidth;
      }
      return pieces.flatMap((piece, index) => (index === 0 ? [piece] : ['', piece]));
    })
    .join('\n');
}

/** Puts a page number and the running header between paragraphs about every `every` lines. */
function addPageFurniture(text: string, issueTitle: string, every: number): string {
  const lines = text.split('\n');
  const result: string[] = [];
  let page = 1;
  lines.forEach((line, index) => {
    result.push(line);
    const between =
      line === '' &&
      lines[index - 1] !== '' &&
      !(lines[index - 1] ?? '').includes('\t') &&
      !(lines[index + 1] ?? '\t').includes('\t');
    if (between && index > page * every) {
      // In the form 2021-1.txt prints its own: the header, then the page's bare number under it.
      result.push(`济南市槐荫区人民政府公报（${issueTitle}）  区政府文件`, '', `${page}`, '');
      page += 1;
    }
  });
  return result.join('\n');
}

/**
 * The issues extracted one paragraph per line, which can be re-wrapped to a column. 2021-1 was
 * extracted as a narrow column already: it is the wrapped flavour itself, and re-wrapping it wider
 * would print lines no layout produces.
 */
const ONE_PARAGRAPH_PER_LINE = ['2020-3.txt', '2021-4.txt', '2022-2.txt', '2022-4.txt'];

describe('other extraction tools', () => {
  it('re-wraps every issue extracted one paragraph per line', () => {
    const wrappedAlready = ISSUES.filter((name) => {
      const { journal } = convertIssue(name, readFileSync(`content/${name}`));
      return journal.decisions.some(
        (decision) => decision.rule === 'layout/measured' && decision.outcome.startsWith('column'),
      );
    });
    expect(ISSUES.filter((name) => !wrappedAlready.includes(name))).toEqual(ONE_PARAGRAPH_PER_LINE);
  });

  for (const name of ISSUES) {
    const raw = readFileSync(`content/${name}`, 'utf8');
    const original = convertIssue(name, Buffer.from(raw));
    const [year, number] = name.replace('.txt', '').split('-');

    it(`reads ${name} with CRLF line endings exactly as with LF`, () => {
      const crlf = convertIssue(name, Buffer.from(raw.replace(/\n/g, '\r\n')));
      expect(withoutLines(crlf)).toEqual(withoutLines(original));
    });

    it(`removes running headers and page numbers put into ${name} and converts it as before`, () => {
      const furnished = convertIssue(name, Buffer.from(addPageFurniture(raw, `${year} 年第 ${number} 期`, 40)));
      expect(
        furnished.journal.artefacts.filter((artefact) => artefact.kind === 'running-header').length,
      ).toBeGreaterThan(5);
      expect(withoutLines(furnished)).toEqual(withoutLines(original));
    });

    if (!ONE_PARAGRAPH_PER_LINE.includes(name)) continue;
    it(`finds the same documents, metadata and text in ${name} hard-wrapped to a narrow column`, () => {
      const wrapped = convertIssue(name, Buffer.from(hardWrap(raw, 52)));
      expect(metadata(wrapped)).toEqual(metadata(original));
      expect(significant(wrapped)).toEqual(significant(original));
    });
  }
});

describe('mangled input', () => {
  /** A small deterministic generator, so that a failure names a reproducible case. */
  const generator = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  it('never fails with anything but a GazetteInputError naming file and line, whatever is cut or mangled', () => {
    const random = generator(2023);
    const sources = ISSUES.map((name) => readFileSync(`content/${name}`, 'utf8').split('\n'));
    const mangles: ((lines: string[]) => string[])[] = [
      (lines) => lines.filter(() => random() > 0.08),
      (lines) => lines.map((line) => (random() < 0.05 ? line.slice(0, line.length >> 1) : line)),
      (lines) => lines.map((line) => line.replace(/\t/g, '  ')),
      (lines) => lines.filter((line) => line !== ''),
      (lines) => lines.map((line) => (random() < 0.05 ? `${line}<p>` : line)),
    ];
    const unexpected: string[] = [];
    for (let round = 0; round < 200; round += 1) {
      const source = sources[Math.floor(random() * sources.length)]!;
      const start = Math.floor(random() * source.length);
      const lines = mangles[round % mangles.length]!(source.slice(start, start + 1 + Math.floor(random() * 400)));
      try {
        convertIssue('2023-1.txt', Buffer.from(lines.join('\n')));
      } catch (error) {
        if (!(error instanceof GazetteInputError) || !/^2023-1\.txt:\d+:\d+: 错误：/.test(error.format()))
          unexpected.push(`round ${round}: ${String(error)}`);
      }
    }
    expect(unexpected).toEqual([]);
  });
});
