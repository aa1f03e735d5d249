/**
 * The archived issues converted against what people wrote by hand from the raw files (never from
 * the converter's output): every document's metadata and head, the numbered outline of 2021-1 and
 * its statistics table. tests/build/documents.test.ts checks the same metadata in the published
 * open data; these run on the converter alone, so a broken rule shows without a site build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertIssue } from '../../src/converter/index.ts';
import type { Block, GazetteDocument } from '../../src/converter/types.ts';
import { withoutWhitespace } from '../../src/vocabulary/index.ts';
import { EXPECTED_OUTLINE_2021_1, type OutlineItem } from '../build/expected-2021-1-outline.ts';
import { EXPECTED_STATISTICS_2021_1 } from '../build/expected-2021-1-statistics.ts';
import { EXPECTED, EXPECTED_HEADS } from '../build/expected-documents.ts';

const converted = new Map(
  readdirSync('content')
    .filter((file) => /^\d{4}-\d\.txt$/.test(file))
    .map((file) => [file.replace(/\.txt$/, ''), convertIssue(file, readFileSync(join('content', file)))]),
);

function documentsOf(issue: string): GazetteDocument[] {
  const documents = converted.get(issue)?.documents;
  if (!documents) throw new Error(`content/${issue}.txt is not archived`);
  return documents;
}

describe('the archived issues, converted', () => {
  it('are the five issues the expectations were written for', () => {
    expect([...converted.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [issue, rows] of Object.entries(EXPECTED)) {
    it(`${issue}: has the documents, metadata, organs, addressees and speakers written by hand`, () => {
      const documents = documentsOf(issue);
      expect(
        documents.map(({ meta }) => [meta.section, meta.docNumber, meta.date, meta.issuedDate, meta.type, meta.title]),
      ).toEqual(rows);
      expect(
        documents.map(({ meta }) => ({ organs: meta.organs, addressee: meta.addressee, speaker: meta.speaker })),
      ).toEqual(EXPECTED_HEADS[issue]);
    });
  }
});

/** A block's numbered or lead text as the outline compares it: whitespace removed. */
const compact = withoutWhitespace;

/**
 * Where the converter reads the print differently on purpose, with the reason. Document 6's
 * `（一）` stands on its own lines in the print while `（二）`–`（六）` run on into their
 * paragraphs; the converter reads one list alike (join/lead-joins-its-body), so `（一）` opens a
 * run-in paragraph too, and the document's outline stays regular.
 */
const READ_OTHERWISE: readonly { document: number; text: string; as: OutlineItem['kind'] }[] = [
  { document: 6, text: '（一）坚持顶层基层一体化驱动，确保责任体系更加完善。', as: 'run-in' },
];

/** How the converted blocks show one outline item: the kind it was given, or why it was not found. */
function readAs(blocks: readonly Block[], item: OutlineItem): OutlineItem['kind'] | 'missing' {
  const text = compact(item.text);
  for (const block of blocks) {
    if (block.kind === 'heading' && compact(block.text) === text) return 'heading';
    if (block.kind === 'paragraph' && compact(block.text).startsWith(text)) {
      const lead = block.lead ? compact(block.lead) : null;
      // A lead, where the converter marks one, is the item's sentence without its full stop.
      if (lead !== null && !text.startsWith(lead)) return 'missing';
      return compact(block.text).length > text.length ? 'run-in' : 'item';
    }
    if (block.kind === 'list' && block.items.some((entry) => compact(entry).startsWith(text))) return 'item';
  }
  return 'missing';
}

describe('2021-1, converted', () => {
  const documents = documentsOf('2021-1');

  for (const [position, outline] of Object.entries(EXPECTED_OUTLINE_2021_1)) {
    it(`gives document ${position} the numbered outline written by hand`, () => {
      const blocks = documents[Number(position) - 1]!.blocks;
      const read = outline.items.map((item) => {
        const otherwise = READ_OTHERWISE.find(
          (entry) => entry.document === Number(position) && entry.text === item.text,
        );
        const expected = otherwise?.as ?? item.kind;
        // A numbered sentence standing alone is an item whether or not more text follows in its paragraph.
        const kind = readAs(blocks, item);
        return { text: item.text, kind: expected === 'item' && kind === 'run-in' ? 'item' : kind, expected };
      });
      expect(read.filter(({ kind, expected }) => kind !== expected)).toEqual([]);
      const leads = blocks.flatMap((block) => (block.kind === 'paragraph' && block.lead ? [compact(block.lead)] : []));
      expect(outline.leads.map(compact).filter((lead) => !leads.some((found) => lead.startsWith(found)))).toEqual([]);
    });
  }

  it('reads the statistics table as written by hand: title, note, header and every row', () => {
    const statistics = documents.find((document) => document.meta.type === '统计数据')!;
    const { title, note, rows } = EXPECTED_STATISTICS_2021_1;
    expect(statistics.meta.title).toBe(title);
    const paragraphs = statistics.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
    expect(paragraphs.map(compact)).toContain(compact(note));
    const table = statistics.blocks.find((block) => block.kind === 'table')!.table;
    // Brackets beside Chinese are widened by a repair the report lists (`同比(±%)` → `同比（±%）`).
    const narrowed = (text: string) => compact(text).replace(/（/g, '(').replace(/）/g, ')');
    const cells = [...table.head, ...table.groups.flatMap((group) => group.rows)].map((row) =>
      row.map((cell) => narrowed(cell.text)),
    );
    expect(cells).toEqual(rows.map((row) => row.map(narrowed)));
  });
});
