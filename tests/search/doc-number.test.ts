import { describe, expect, it } from 'vitest';
import { formatDocNumber, matchingDocNumbers, parseDocNumber } from '../../src/lib/search/doc-number.ts';

const KNOWN = ['济槐政字〔2021〕15号', '济槐政字〔2020〕20号', '槐政办发〔2020〕1号', '槐政办字〔2020〕1号'];

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

  it.each([
    '耕地保护',
    '2021',
    '2021 15',
    '15号',
    '济槐政字',
    '2022年1-6月',
    '济槐政字〔2021〕',
    '第六批区级非物质文化遗产名录',
  ])('does not read %s as a 文号', (query) => {
    expect(parseDocNumber(query)).toBeNull();
  });
});

describe('matchingDocNumbers', () => {
  it('finds the 文号 from any common variant of it', () => {
    for (const variant of ['济槐政字(2021)15号', '济槐政字[2021]15号', '济槐政字2021年15号', '济槐政字 2021 15号']) {
      expect(matchingDocNumbers(variant, KNOWN)).toEqual(['济槐政字〔2021〕15号']);
    }
  });

  it('keeps different 机关代字 with the same year and serial apart', () => {
    expect(matchingDocNumbers('槐政办发(2020)1号', KNOWN)).toEqual(['槐政办发〔2020〕1号']);
    expect(matchingDocNumbers('槐政办字(2020)1号', KNOWN)).toEqual(['槐政办字〔2020〕1号']);
  });

  it('lists every document with that year and serial when the 机关代字 is left out', () => {
    expect(matchingDocNumbers('〔2020〕1号', KNOWN)).toEqual(['槐政办发〔2020〕1号', '槐政办字〔2020〕1号']);
  });

  it('finds nothing for a 文号 that is not in the archive, or for an ordinary query', () => {
    expect(matchingDocNumbers('济槐政字〔2021〕99号', KNOWN)).toEqual([]);
    expect(matchingDocNumbers('健康槐荫', KNOWN)).toEqual([]);
  });
});
