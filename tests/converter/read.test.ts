import { describe, expect, it } from 'vitest';
import { GazetteInputError } from '../../src/converter/errors.ts';
import { decodeIssueBytes, issueIdFromFileName, splitLines } from '../../src/converter/read/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('read stage', () => {
  it('reads the issue identity from a YYYY-N.txt file name', () => {
    expect(issueIdFromFileName('2021-4.txt')).toEqual({ year: 2021, number: 4, id: '2021-4', title: '2021年第4期' });
  });

  it('refuses a file name that does not state year and issue, with a hint in Chinese', () => {
    expect(() => issueIdFromFileName('gazette.txt')).toThrow(GazetteInputError);
    expect(() => issueIdFromFileName('2021-5.txt')).toThrow(/期号 5 不存在/);
  });

  it('decodes UTF-8 with and without a byte-order mark alike', () => {
    expect(decodeIssueBytes(utf8('公报'), 'a.txt').text).toBe('公报');
    expect(decodeIssueBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('公报')]), 'a.txt').text).toBe('公报');
  });

  it('decodes UTF-16 little- and big-endian files that carry a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x6c, 0x51, 0xa5, 0x62]);
    const be = new Uint8Array([0xfe, 0xff, 0x51, 0x6c, 0x62, 0xa5]);
    expect(decodeIssueBytes(le, 'a.txt').text).toBe('公报');
    expect(decodeIssueBytes(be, 'a.txt').text).toBe('公报');
  });

  it('decodes GB18030 text that is not UTF-8', () => {
    // 公报 in GBK/GB18030.
    expect(decodeIssueBytes(new Uint8Array([0xb9, 0xab, 0xb1, 0xa8]), 'a.txt')).toEqual({
      text: '公报',
      encoding: 'gb18030',
    });
  });

  it('refuses empty and binary files instead of publishing them', () => {
    expect(() => decodeIssueBytes(new Uint8Array(), 'a.txt')).toThrow(/文件是空的/);
    expect(() => decodeIssueBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x01]), 'a.txt')).toThrow(
      /PDF 文件/,
    );
  });

  it('numbers lines from 1 whatever the line endings', () => {
    expect(splitLines('甲\r\n乙\r丙\n丁').map((line) => [line.no, line.text])).toEqual([
      [1, '甲'],
      [2, '乙'],
      [3, '丙'],
      [4, '丁'],
    ]);
  });
});
