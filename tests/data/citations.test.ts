/**
 * The citation finder against the raw issue files, and the resolution of citations. The raw count
 * is made without the converter: every `〔2020〕6号` (any bracket the print uses) in the text
 * joined without white space, leaving out lines that are only a document's own 文号 and the lines
 * of the 目录 (which end with a page number or a dot leader).
 */
import { describe, expect, it } from 'vitest';
import {
  citationLinks,
  citations,
  citationsByDocument,
  findCitations,
  routeOfDocumentId,
} from '../../src/data/citations.ts';
import { atLeast } from '../support/at-least.ts';
import { ARCHIVED_SOURCES, RAW_ISSUES } from '../support/archived-sources.ts';
import { syntheticSource } from '../support/synthetic-source.ts';

const OWN_NUMBER_LINE = /^\S{2,12}[〔(（［[]\d{4}[〕)）］\]]第?\d{1,4}号$/u;
const CONTENTS_LINE = /\.{3,}|…{2,}|[(（]\d{1,3}[)）]\s*$/u;
const CITED_NUMBER = /[〔［[(（【]\d{4}[〕］\])）】]第?\d{1,4}号/gu;

function rawCount(lines: readonly string[]): number {
  const text = lines
    .filter((line) => !OWN_NUMBER_LINE.test(line.replace(/\s+/g, '')) && !CONTENTS_LINE.test(line))
    .join('')
    .replace(/\s+/g, '');
  return [...text.matchAll(CITED_NUMBER)].length;
}

const found = citations(ARCHIVED_SOURCES);

describe('the citation finder', () => {
  for (const [issue, lines] of RAW_ISSUES) {
    it(`${issue}: finds as many cited 文号 as the raw text holds`, () => {
      const mentions = found
        .filter((citation) => citation.from.startsWith(`${issue}-`) && citation.kind === 'docNumber')
        .reduce((sum, citation) => sum + citation.count, 0);
      expect(mentions).toBe(atLeast(1, [rawCount(lines)], 'count').at(0));
      expect(mentions).toBeGreaterThan(2);
    });
  }

  it('reads a 文号 in any bracket and spacing, and leaves the words before it out of the 机关代字', () => {
    expect(
      findCitations('根据《关于贯彻国办发〔2005〕18号文件的通知》（鲁政办发 (2005) 94 号）精神').map((m) => m.cited),
    ).toEqual(['关于贯彻国办发〔2005〕18号文件的通知', '国办发〔2005〕18号', '鲁政办发〔2005〕94号']);
  });

  it('gives the place of each citation in the text as printed', () => {
    const text = '按照《甲乙管理办法》（济槐政发〔２０２０〕３号）执行';
    const [title, number] = findCitations(text);
    expect(text.slice(title!.start, title!.end)).toBe('《甲乙管理办法》');
    expect(text.slice(number!.start, number!.end)).toBe('济槐政发〔２０２０〕３号');
  });

  it('resolves a 文号 or a title that the archive holds, never a document to itself', () => {
    const archive = [
      syntheticSource(
        '2021-1-01',
        '济南市槐荫区人民政府关于甲的通知',
        '济槐政发〔2020〕3号',
        '正文（济槐政发〔2020〕3号）。',
      ),
      syntheticSource(
        '2021-1-02',
        '关于乙的通知',
        null,
        '根据《济南市槐荫区人民政府关于甲的通知》（济槐政发〔2020〕3号）和《中华人民共和国丙法》，参照济发〔2020〕6号。',
      ),
    ];
    expect(citations(archive)).toEqual([
      { from: '2021-1-02', kind: 'title', cited: '济南市槐荫区人民政府关于甲的通知', target: '2021-1-01', count: 1 },
      { from: '2021-1-02', kind: 'docNumber', cited: '济槐政发〔2020〕3号', target: '2021-1-01', count: 1 },
      { from: '2021-1-02', kind: 'docNumber', cited: '济发〔2020〕6号', target: null, count: 1 },
    ]);
  });

  it('finds 51 cited 文号 in the five issues, none of them archived yet, and no archived title', () => {
    expect(found.reduce((sum, citation) => sum + citation.count, 0)).toBe(51);
    expect(found.filter((citation) => citation.target !== null)).toEqual([]);
  });

  it('gives each citing document its own citations, as build-content writes them into its front matter', () => {
    const byDocument = citationsByDocument([
      syntheticSource('2021-1-01', '关于甲的通知', '济槐政发〔2020〕3号', '无引用。'),
      syntheticSource(
        '2021-1-02',
        '关于乙的通知',
        null,
        '依据济槐政发〔2020〕3号和济发〔2020〕6号，再依据济槐政发〔2020〕3号。',
      ),
    ]);
    expect([...byDocument.keys()]).toEqual(['2021-1-02']);
    expect(byDocument.get('2021-1-02')).toEqual([
      { kind: 'docNumber', cited: '济槐政发〔2020〕3号', target: '2021-1-01', count: 2 },
      { kind: 'docNumber', cited: '济发〔2020〕6号', target: null, count: 1 },
    ]);
  });

  it('places a link on each resolved citation as printed, never on an unresolved one, never nested', () => {
    const text =
      '根据《关于甲的通知》（济槐政发〔2020〕3号）和《关于转发济槐政发〔2020〕3号的通知》，参照济发〔2020〕6号。';
    const links = citationLinks(text, [
      { kind: 'title', cited: '关于甲的通知', target: '2021-1-01', count: 1 },
      { kind: 'title', cited: '关于转发济槐政发〔2020〕3号的通知', target: '2021-2-05', count: 1 },
      { kind: 'docNumber', cited: '济槐政发〔2020〕3号', target: '2021-1-01', count: 2 },
      { kind: 'docNumber', cited: '济发〔2020〕6号', target: null, count: 1 },
    ]);
    expect(links.map(({ start, end, target }) => [text.slice(start, end), target])).toEqual([
      ['《关于甲的通知》', '2021-1-01'],
      ['济槐政发〔2020〕3号', '2021-1-01'],
      ['《关于转发济槐政发〔2020〕3号的通知》', '2021-2-05'],
    ]);
    expect(citationLinks(text, [{ kind: 'docNumber', cited: '济发〔2020〕6号', target: null, count: 1 }])).toEqual([]);
  });

  it('turns a document id into its route', () => {
    expect(routeOfDocumentId('2021-4-03')).toBe('/2021/4/03/');
  });
});
