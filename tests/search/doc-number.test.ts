import { describe, expect, it } from 'vitest';
import { formatDocNumber, lookupDocNumber, parseDocNumber, type LookupEntry } from '../../src/lib/search/doc-number.ts';

const ENTRIES: LookupEntry[] = [
  { url: '/2021/4/02/', title: '关于推进健康槐荫行动的实施意见', issueTitle: '2021年第4期', docNumber: '济槐政字〔2021〕15号', date: '2021-11-23' },
  { url: '/2020/3/12/', title: '槐荫区职业教育创新发展实施方案', issueTitle: '2020年第3期', docNumber: '济槐政字〔2020〕20号', date: '2020-09-25' },
  { url: '/2020/3/13/', title: '2020年政务公开工作要点', issueTitle: '2020年第3期', docNumber: '槐政办发〔2020〕1号', date: '2020-08-27' },
  { url: '/2020/3/14/', title: '农民工工资支付工作实施方案', issueTitle: '2020年第3期', docNumber: '槐政办字〔2020〕1号', date: '2020-04-30' },
];

describe('parseDocNumber', () => {
  const canonical = '济槐政字〔2021〕15号';
  it.each([
    '济槐政字〔2021〕15号',
    '济槐政字(2021)15号',
    '济槐政字（2021）15号',
    '济槐政字[2021]15号',
    '济槐政字［2021］15号',
    '济槐政字【2021】15号',
    '济槐政字2021年15号',
    '济槐政字2021年第15号',
    '济槐政字 〔2021〕 15 号',
    ' 济槐政字\u3000(2021) 15号 ',
    '济槐政字〔２０２１〕１５号',
    '济槐政字〔2021〕15',
  ])('reads %s as 济槐政字〔2021〕15号', (variant) => {
    const parsed = parseDocNumber(variant);
    expect(parsed).not.toBeNull();
    expect(formatDocNumber(parsed!)).toBe(canonical);
  });

  it('reads a 文号 without 机关代字 as year and serial only', () => {
    expect(parseDocNumber('〔2020〕1号')).toEqual({ prefix: '', year: 2020, serial: 1 });
  });

  it.each(['耕地保护', '2021', '2021 15', '15号', '济槐政字', '2022年1-6月', '济槐政字〔2021〕', '第六批区级非物质文化遗产名录'])('does not read %s as a 文号', (query) => {
    expect(parseDocNumber(query)).toBeNull();
  });
});

describe('lookupDocNumber', () => {
  it('finds the document for any variant of its 文号', () => {
    for (const variant of ['济槐政字(2021)15号', '济槐政字[2021]15号', '济槐政字2021年15号', '济槐政字 2021 15号']) {
      expect(lookupDocNumber(variant, ENTRIES).map((entry) => entry.url)).toEqual(['/2021/4/02/']);
    }
  });

  it('keeps different 机关代字 with the same year and serial apart', () => {
    expect(lookupDocNumber('槐政办发(2020)1号', ENTRIES).map((entry) => entry.url)).toEqual(['/2020/3/13/']);
    expect(lookupDocNumber('槐政办字(2020)1号', ENTRIES).map((entry) => entry.url)).toEqual(['/2020/3/14/']);
  });

  it('lists every document with that year and serial when the 机关代字 is left out', () => {
    expect(lookupDocNumber('〔2020〕1号', ENTRIES).map((entry) => entry.url)).toEqual(['/2020/3/13/', '/2020/3/14/']);
  });

  it('finds nothing for a 文号 that is not in the archive, or for an ordinary query', () => {
    expect(lookupDocNumber('济槐政字〔2021〕99号', ENTRIES)).toEqual([]);
    expect(lookupDocNumber('健康槐荫', ENTRIES)).toEqual([]);
  });
});
