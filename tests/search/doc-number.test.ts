import { describe, expect, it } from 'vitest';
import {
  formatDocNumber,
  matchingDocNumbers,
  nearestDocNumbers,
  parseDocNumber,
} from '../../src/lib/search/doc-number.ts';
import { EXPECTED } from '../build/expected-documents.ts';
import { atLeast } from '../support/at-least.ts';

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
    '济槐政字2021 15',
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
    // A year no 文号 of the People's Republic can bear: a figure, not a 文号.
    '济槐政字〔1066〕15号',
    '3500年15号',
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

/** Every 文号 of the five issues, as written by hand from the raw files. */
const ARCHIVE_DOC_NUMBERS = Object.values(EXPECTED)
  .flat()
  .flatMap(([, docNumber]) => (docNumber ? [docNumber] : []));

/** The ways residents type a printed 文号 (`济槐政字〔2021〕15号`): every variant the issue names. */
function typedVariants(docNumber: string): string[] {
  const { prefix, year, serial } = parseDocNumber(docNumber)!;
  const shortPrefixes = [prefix, prefix.replace(/^济/, ''), ''];
  const wide = (text: string) => text.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
  return shortPrefixes.flatMap((code) => [
    `${code}〔${year}〕${serial}号`,
    `${code}(${year})${serial}号`,
    `${code}（${year}）${serial}`,
    `${code}[${year}] ${serial} 号`,
    `${code}${year}年${serial}号`,
    `${code} ${year} ${serial}号`,
    wide(`${code}【${year}】${serial}号`),
    ...(code ? [`${code}${year} ${serial}`, `${code}${year}${serial}`] : []),
  ]);
}

describe('文号 lookup over the whole archive', () => {
  const archive = atLeast(40, ARCHIVE_DOC_NUMBERS, '文号 in the archive');

  it('finds every 文号 of the archive from every variant residents type, with or without 济 or the 机关代字', () => {
    let checked = 0;
    for (const docNumber of archive) {
      for (const variant of typedVariants(docNumber)) {
        expect(matchingDocNumbers(variant, archive), variant).toContain(docNumber);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(archive.length * 20);
  });

  it('names only the one document when the 机关代字 is given, even without 济', () => {
    for (const docNumber of archive) {
      const withoutJi = docNumber.replace(/^济/, '');
      const found = matchingDocNumbers(withoutJi, archive);
      expect(found, withoutJi).toEqual(archive.filter((other) => other === docNumber || other.endsWith(withoutJi)));
    }
  });
});

describe('nearestDocNumbers', () => {
  it('offers the nearest 文号 of the same series, the same year first', () => {
    expect(nearestDocNumbers('济槐政字〔2021〕16号', KNOWN)).toEqual(['济槐政字〔2021〕15号', '济槐政字〔2020〕20号']);
    expect(nearestDocNumbers('槐政字〔2023〕1号', KNOWN)).toEqual(['济槐政字〔2021〕15号', '济槐政字〔2020〕20号']);
  });

  it('offers nothing for a series the archive does not hold, or an ordinary query', () => {
    expect(nearestDocNumbers('鲁政发〔2021〕1号', KNOWN)).toEqual([]);
    expect(nearestDocNumbers('健康槐荫', KNOWN)).toEqual([]);
  });
});
