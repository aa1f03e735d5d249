/**
 * The comparison of a variant's conversion with the original's, on small made-up issues: what
 * counts as the same document, a kept character and an identical block, and how differences are
 * shown to a developer.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GazetteInputError } from '../../src/converter/errors.ts';
import { createJournal, type Block, type ConvertedIssue, type GazetteDocument } from '../../src/converter/types.ts';
import {
  align,
  blockKey,
  budgetFailures,
  checkBlocks,
  checkCharacters,
  checkDocuments,
  compareIssues,
  percent,
} from './compare.ts';
import { describeError, outsideExtractions } from './matrix.ts';
import { aroundFirstDifference, differencesSideBySide, wrapColumns } from './report.ts';

const paragraph = (text: string, lead: string | null = null): Block => ({ kind: 'paragraph', text, lead, line: 1 });
const heading = (depth: number, text: string): Block => ({ kind: 'heading', depth, text, line: 1 });

function document(order: number, title: string, blocks: Block[], docNumber: string | null = null): GazetteDocument {
  return {
    meta: {
      order,
      section: '区政府文件',
      title,
      organs: ['济南市槐荫区人民政府'],
      docNumber,
      date: '2021-11-23',
      issuedDate: '2021-11-23',
      type: '通知',
      addressee: null,
      printedPage: null,
      speaker: null,
      sourceLines: { start: 1, end: 2 },
    },
    blocks,
  };
}

function issue(...documents: GazetteDocument[]): ConvertedIssue {
  return {
    file: '2021-4.txt',
    issue: { year: 2021, number: 4, id: '2021-4', title: '2021年第4期' },
    documents,
    journal: createJournal(),
  };
}

const ORIGINAL = issue(
  document(
    1,
    '关于甲的通知',
    [heading(2, '一、总体要求'), paragraph('人民健康水平提高。'), paragraph('第二段。')],
    '甲〔2021〕1号',
  ),
  document(2, '关于乙的通知', [paragraph('乙的正文。'), { kind: 'issued', text: '（2021年11月23日印发）', line: 9 }]),
);

describe('comparing a variant with the original', () => {
  it('finds an identical conversion right in every respect', () => {
    const comparison = compareIssues(ORIGINAL, structuredClone(ORIGINAL));
    expect(comparison.documents).toMatchObject({ original: 2, variant: 2, right: 2, mismatches: [] });
    expect(comparison.characters.kept).toBe(comparison.characters.original);
    expect(comparison.blocks).toMatchObject({ original: 5, identical: 5, differences: [] });
    expect(budgetFailures(comparison)).toEqual([]);
  });

  it('ignores whitespace and source line numbers', () => {
    const variant = structuredClone(ORIGINAL);
    variant.documents[0]!.blocks[1] = { kind: 'paragraph', text: '人民 健康\n水平提高。', lead: null, line: 40 };
    expect(budgetFailures(compareIssues(ORIGINAL, variant))).toEqual([]);
  });

  it('names each metadata field that differs and counts the document wrong', () => {
    const variant = structuredClone(ORIGINAL);
    variant.documents[0]!.meta.docNumber = '甲〔2021〕7号';
    variant.documents[1]!.meta.section = null;
    const check = checkDocuments(ORIGINAL, variant);
    expect(check.right).toBe(0);
    expect(check.mismatches).toEqual([
      { order: 1, field: 'docNumber', original: '甲〔2021〕1号', variant: '甲〔2021〕7号' },
      { order: 2, field: 'section', original: '区政府文件', variant: '—' },
    ]);
  });

  it('pairs documents by title, so one lost document does not shift the others', () => {
    const variant = issue(structuredClone(ORIGINAL.documents[1]!));
    const check = checkDocuments(ORIGINAL, variant);
    expect(check).toMatchObject({ original: 2, variant: 1, right: 1, missing: ['关于甲的通知'], extra: [] });
    expect(checkBlocks(ORIGINAL, variant)).toMatchObject({ original: 5, identical: 2 });
  });

  it('counts characters as a multiset and lists the lost and the extra ones', () => {
    const variant = structuredClone(ORIGINAL);
    // A PDF font's ToUnicode map can give the Kangxi radical for an ideograph (人 → ⼈).
    variant.documents[0]!.blocks[1] = paragraph('⼈民健康水平提高。');
    const check = checkCharacters(ORIGINAL, variant);
    expect(check.original - check.kept).toBe(1);
    expect([...check.lost]).toEqual([['人', 1]]);
    expect([...check.extra]).toEqual([['⼈', 1]]);
    expect(budgetFailures(compareIssues(ORIGINAL, variant))).toContain(
      'characters kept 99.2 %: 1 lost (人×1), 1 extra (⼈×1)',
    );
  });

  it('names running headers and page numbers left in the text as furniture, not as extra characters', () => {
    const variant = structuredClone(ORIGINAL);
    variant.documents[0]!.blocks[1] = paragraph(
      '人民健康— 12 —济南市槐荫区人民政府公报（2021 年第 4 期） 区政府文件水平提高。',
    );
    const check = checkCharacters(ORIGINAL, variant);
    expect(check.furniture).toEqual(['济南市槐荫区人民政府公报（2021年第4期）区政府文件', '—12—']);
    expect(check.extra.size).toBe(0);
    expect(check.kept).toBe(check.original);
  });

  it('does not count a table caption copied from the heading above, or from its end, as characters of the source', () => {
    const captioned = (caption: string | null): Block => ({
      kind: 'table',
      line: 1,
      table: {
        caption,
        head: [[{ text: '序号' }, { text: '名称' }]],
        groups: [{ label: null, rows: [[{ text: '1' }, { text: '甲' }]] }],
        columnCount: 2,
        rowHeaders: false,
        line: 1,
      },
    });
    const withTable = (caption: string | null) =>
      issue(document(1, '关于甲的通知', [heading(2, '附件清单'), captioned(caption)]));
    expect(checkCharacters(withTable('附件清单'), withTable(null)).lost.size).toBe(0);
    expect(checkCharacters(withTable('清单'), withTable(null)).lost.size).toBe(0);
    expect([...checkCharacters(withTable('另列表名'), withTable(null)).lost.keys()].join('')).toBe('另列表名');
  });

  it('does not take a date for a page number', () => {
    const variant = structuredClone(ORIGINAL);
    variant.documents[1]!.blocks[0] = paragraph('乙的正文。');
    expect(checkCharacters(ORIGINAL, variant).furniture).toEqual([]);
  });

  it('counts a block split in two as one block not identical, and shows both halves', () => {
    const variant = structuredClone(ORIGINAL);
    variant.documents[0]!.blocks.splice(1, 1, paragraph('人民健康'), paragraph('水平提高。'));
    const check = checkBlocks(ORIGINAL, variant);
    expect(check).toMatchObject({ original: 5, identical: 4 });
    expect(check.differences).toEqual([
      { order: 1, title: '关于甲的通知', original: 'paragraph: 人民健康水平提高。', variant: 'paragraph: 人民健康' },
      { order: 1, title: '关于甲的通知', original: null, variant: 'paragraph: 水平提高。' },
    ]);
  });

  it('requires 98 % of the blocks identical', () => {
    const blocks = Array.from({ length: 50 }, (_, index) => paragraph(`第${index}段。`));
    const original = issue(document(1, '关于甲的通知', blocks));
    const oneChanged = structuredClone(original);
    // The same characters in another order: only the blocks budget can see it.
    oneChanged.documents[0]!.blocks[7] = paragraph('段第7。');
    const twoChanged = structuredClone(oneChanged);
    twoChanged.documents[0]!.blocks[8] = paragraph('段第8。');
    expect(budgetFailures(compareIssues(original, oneChanged))).toEqual([]);
    expect(budgetFailures(compareIssues(original, twoChanged))).toEqual(['blocks identical 96 % (48/50), below 98 %']);
  });
});

describe('block keys', () => {
  it('tell a heading from a paragraph of the same text, and heading depths apart', () => {
    expect(
      new Set([blockKey(heading(2, '一、总则')), blockKey(heading(3, '一、总则')), blockKey(paragraph('一、总则'))])
        .size,
    ).toBe(3);
  });

  it('count a paragraph’s bold lead', () => {
    expect(blockKey(paragraph('1. 优化结构。正文。', '1. 优化结构'))).not.toBe(
      blockKey(paragraph('1. 优化结构。正文。')),
    );
  });

  it('read a table as its cells, row by row', () => {
    const cell = (text: string) => ({ text });
    const table = (rows: string[][]): Block => ({
      kind: 'table',
      line: 1,
      table: {
        caption: null,
        head: [[cell('序号'), cell('名称')]],
        groups: [{ label: null, rows: rows.map((row) => row.map(cell)) }],
        columnCount: 2,
        rowHeaders: false,
        line: 1,
      },
    });
    expect(
      blockKey(
        table([
          ['1', '甲'],
          ['2', '乙'],
        ]),
      ),
    ).toBe('table: 序号¦名称⏎1¦甲⏎2¦乙');
    expect(blockKey(table([['1', '甲2'], ['乙']]))).not.toBe(
      blockKey(
        table([
          ['1', '甲'],
          ['2', '乙'],
        ]),
      ),
    );
  });
});

describe('alignment', () => {
  it('matches equal items and pairs the changed ones between them', () => {
    expect(align(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([
      { original: 0, variant: 0 },
      { original: 1, variant: 1 },
      { original: 2, variant: 2 },
      { original: 3, variant: 3 },
      { original: null, variant: 4 },
    ]);
    expect(align(['a', 'b'], [])).toEqual([
      { original: 0, variant: null },
      { original: 1, variant: null },
    ]);
  });
});

describe('what a developer reads', () => {
  it('shows a share as 100 % only when nothing is missing', () => {
    expect(percent(1)).toBe('100 %');
    expect(percent(0.99999)).toBe('99.9 %');
    expect(percent(0.98)).toBe('98 %');
  });

  it('wraps Chinese text by terminal columns, two per character', () => {
    expect(wrapColumns('一二三四五', 4)).toEqual(['一二', '三四', '五']);
    expect(wrapColumns('ab一', 3)).toEqual(['ab', '一']);
  });

  it('starts a changed block shortly before its first difference', () => {
    const common = '坚持以基层为重点以改革创新为动力预防为主中西医并重';
    expect(aroundFirstDifference(`paragraph: ${common}甲。`, `paragraph: ${common}乙。`, 4)).toEqual([
      'paragraph: …西医并重甲。',
      'paragraph: …西医并重乙。',
    ]);
  });

  it('prints differing blocks side by side under their document', () => {
    const text = differencesSideBySide(
      [{ order: 3, title: '关于甲的通知', original: 'paragraph: 甲', variant: null }],
      10,
      { width: 20 },
    );
    expect(text.split('\n')).toEqual([
      '  #3 关于甲的通知',
      '    original              │ variant',
      '    paragraph: 甲         │ (none)',
      `    ${'─'.repeat(22)}┼${'─'.repeat(10)}`,
    ]);
  });

  it('reports a refused variant as file:line:column and message', () => {
    const refusal = new GazetteInputError('2021-4.txt', 31, '没有结尾的印发行', '提示', 2);
    expect(describeError(refusal, '.cache/flavours/2021-4/x/pdfjs.txt')).toBe(
      '.cache/flavours/2021-4/x/pdfjs.txt:31:2: 没有结尾的印发行',
    );
    const crash = new TypeError('Cannot read properties of undefined');
    crash.stack = `TypeError: Cannot read properties of undefined\n    at joinLines (${process.cwd()}/src/converter/repair/join.ts:120:7)`;
    expect(describeError(crash, 'x.txt')).toBe(
      'src/converter/repair/join.ts:120: TypeError: Cannot read properties of undefined',
    );
  });

  it('finds the extractions staff put in tests/flavours/extractions/<tool>/<issue>.txt', () => {
    const folder = mkdtempSync(join(tmpdir(), 'extractions-'));
    try {
      mkdirSync(join(folder, 'wps'));
      writeFileSync(join(folder, 'wps', '2021-4.txt'), '…');
      writeFileSync(join(folder, 'wps', '2019-1.txt'), '…');
      writeFileSync(join(folder, 'wps', 'notes.md'), '…');
      expect(outsideExtractions(['2021-4'], folder).map(({ issue, layout, tool }) => [issue, layout, tool])).toEqual([
        ['2021-4', 'given', 'wps'],
      ]);
    } finally {
      rmSync(folder, { recursive: true });
    }
  });
});
