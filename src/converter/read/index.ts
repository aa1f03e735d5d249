/**
 * Stage 1 — read: bytes → lines. Decodes the file (UTF-8 with or without BOM, UTF-16 with BOM,
 * GB18030/GBK), normalises line endings and refuses what is not text. It also reads the issue's
 * identity from the file name (`YYYY-N.txt`), the one thing staff state by hand.
 */
import { GazetteInputError } from '../errors.ts';
import type { IssueId, SourceLine } from '../types.ts';

export const ISSUE_FILE_NAME = /^(\d{4})-([1-9]\d?)\.txt$/;

/** Parses `2021-4.txt` into the issue's identity, or explains the naming rule. */
export function issueIdFromFileName(fileName: string): IssueId {
  const match = ISSUE_FILE_NAME.exec(fileName);
  if (!match) {
    throw new GazetteInputError(
      fileName,
      1,
      `文件名“${fileName}”不符合“年份-期号.txt”的格式，无法确定这是哪一期公报。`,
      '请把文件改名为如 2023-1.txt 的形式：四位年份、半角连字符、期号（1–4），扩展名 .txt。',
    );
  }
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1 || number > 4) {
    throw new GazetteInputError(
      fileName,
      1,
      `期号 ${number} 不存在：公报每季度一期，每年第1至第4期。`,
      '请检查文件名中的期号，例如 2023年第2期 应命名为 2023-2.txt。',
    );
  }
  return { year, number, id: `${year}-${number}`, title: `${year}年第${number}期` };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

/** Control characters other than TAB, LF, CR and form feed never occur in extracted text. */
function looksBinary(text: string): boolean {
  let controls = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code === 0) return true;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls += 1;
  }
  return controls > 0;
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/** Decodes an issue file's bytes; throws a GazetteInputError for empty, binary or undecodable input. */
export function decodeIssueBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) {
    throw new GazetteInputError(file, 1, '文件是空的。', '请把公报全文粘贴进文件后再提交。');
  }
  let decoded: DecodedText | null = null;
  if (startsWith(bytes, UTF8_BOM)) {
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  } else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      decoded = decodeLegacyChinese(bytes, file);
    }
  }
  if (looksBinary(decoded.text)) {
    const line = decoded.text.slice(0, decoded.text.search(/[\u0000-\u0008\u000b\u000e-\u001f]/)).split('\n').length;
    throw new GazetteInputError(
      file,
      line,
      '文件含有控制字符，不是纯文本（可能是 Word、PDF 或图片文件被改了扩展名）。',
      '请从 PDF 中复制或导出纯文本，另存为 UTF-8 编码的 .txt 文件。',
    );
  }
  if (decoded.text.trim() === '') {
    throw new GazetteInputError(file, 1, '文件只有空白，没有文字。', '请把公报全文粘贴进文件后再提交。');
  }
  return decoded;
}

/**
 * Text that is not UTF-8 is accepted only when it decodes as GB18030 without replacement
 * characters and reads as Chinese; anything else would put mojibake on the public site.
 */
function decodeLegacyChinese(bytes: Uint8Array, file: string): DecodedText {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw unreadableEncoding(file);
  }
  const cjk = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const letters = text.match(/[^\s\p{P}\p{S}\d]/gu)?.length ?? 0;
  if (letters === 0 || cjk / letters < 0.5) throw unreadableEncoding(file);
  return { text, encoding: 'gb18030' };
}

function unreadableEncoding(file: string): GazetteInputError {
  return new GazetteInputError(
    file,
    1,
    '无法识别文件的文字编码：既不是 UTF-8，也不是 GB18030/GBK。',
    '请用记事本或 VS Code 打开文件，选择“另存为”，编码选 UTF-8，然后重新提交。',
  );
}

/** Splits text into numbered lines, treating CRLF, CR and LF alike. */
export function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line, index) => ({ no: index + 1, text: line }));
}
