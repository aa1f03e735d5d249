/**
 * Small synthetic issue files for the publishing tests, modelled on the end of content/2021-4.txt
 * (a personnel notice and the statistics block), and temporary content folders holding them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface NoticeOptions {
  /** 文号 sequence number; 文号 must be unique across the archive. */
  number: number;
  year: number;
  /** The printed signing date and 印发 date, as they would appear in the text. */
  signed: string;
  issued: string;
  person: string;
}

/** One 任免 notice exactly in the shape the extraction produces (see content/2021-4.txt:647-661). */
export function notice({ number, year, signed, issued, person }: NoticeOptions): string {
  return [
    `济南市槐荫区人民政府 关于免去${person}职务的通知`,
    '',
    `济槐政任〔${year}〕${number}号`,
    '',
    '各街道办事处，区政府各部门：',
    '',
    '区政府决定，免去：',
    '',
    `${person}的济南市槐荫区自然资源局副局长职务。`,
    '',
    '济南市槐荫区人民政府',
    '',
    signed,
    '',
    `（${issued}印发）`,
    '',
  ].join('\n');
}

/** The statistics block that closes every issue; issue N reports months 1 to 3N. */
export function statistics(year: number, endMonth: number): string {
  return [
    `${year}年1-${endMonth}月全区主要经济指标完成情况`,
    '',
    '指标名称\t单位\t累计完成\t同比(±%)',
    '地区生产总值*\t亿元\t701.1\t5.6',
    '规模以上工业增加值\t亿元\t—\t5.4',
    '一般公共预算收入\t亿元\t58.8\t11.2',
    '',
  ].join('\n');
}

/** A whole valid issue: two notices and the statistics block, for year-number. */
export function issueText(year: number, number: number): string {
  const month = number * 3;
  return [
    notice({
      number: number * 10 + 1,
      year,
      signed: `${year}年${month}月2日`,
      issued: `${year}年${month}月2日`,
      person: '张戈',
    }),
    notice({
      number: number * 10 + 2,
      year,
      signed: `${year}年${month}月12日`,
      issued: `${year}年${month}月12日`,
      person: '朱军',
    }),
    statistics(year, month),
  ].join('\n');
}

const folders: string[] = [];

/** A fresh temporary folder holding the given files (name → text or bytes). */
export function contentFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-content-'));
  folders.push(dir);
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

/** Removes the folders contentFolder made in this test file (call from afterAll). */
export function removeContentFolders(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

let gbkTable: Map<string, number[]> | null = null;

/**
 * Encodes text as GBK (the two-byte part of GB18030), as Windows Notepad saves “ANSI” text on a
 * Chinese system. Node has no GBK encoder, so the table is built by decoding every two-byte code.
 */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (!gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else {
      const code = gbkTable.get(char);
      if (!code) throw new Error(`no GBK code for ${char}`);
      bytes.push(...code);
    }
  }
  return new Uint8Array(bytes);
}
