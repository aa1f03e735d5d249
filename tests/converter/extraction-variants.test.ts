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

/** Wraps every line longer than `width` (tables excepted) into pieces separated by blank lines. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      // Characters, with an HTML tag kept whole (a tool wraps text, not markup).
      const chars = line.match(/<[^<>]*>|./gsu) ?? [];
      if (line.includes('\t') || chars.length <= width) return [line];
      const pieces: string[] = [];
      for (let start = 0; start < chars.length; start += width) pieces.push(chars.slice(start, start + width).join(''));
      // A tool never leaves a bracket or a digit or two alone on a line: the tail stays with its line.
      if (pieces.length > 1 && pieces[pieces.length - 1]!.length < 4) pieces[pieces.length - 2] += pieces.pop()!;
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
      result.push(`- ${page} -`, '', `济南市槐荫区人民政府公报（${issueTitle}）  区政府文件`, '');
      page += 1;
    }
  });
  return result.join('\n');
}

describe('other extraction tools', () => {
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

    it(`finds the same documents, metadata and text in ${name} hard-wrapped to a narrow column`, () => {
      const wrapped = convertIssue(name, Buffer.from(hardWrap(raw, 26)));
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
