/**
 * Stage 1 — read: bytes → lines. Decodes the file (UTF-8 with or without BOM, UTF-16 with or
 * without BOM, GB18030/GBK), normalises line endings and refuses what is not the issue's text:
 * empty and binary files, damaged UTF-8, and 乱码 that decodes without error but is not Chinese.
 * It also reads the issue's identity from the file name (`YYYY-N.txt`), the one thing staff
 * state by hand.
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
  // The same bounds as the site's schema (src/lib/document-schema.ts); a typo like 2201 lands outside.
  if (year < 1990 || year > 2100) {
    throw new GazetteInputError(
      fileName,
      1,
      `文件名中的年份 ${year} 不对：公报的年份应在 1990 至 2100 之间。`,
      '请检查文件名中的年份是否打错，例如 2023年第2期 应命名为 2023-2.txt。',
    );
  }
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

/**
 * Files staff might commit by mistake instead of the extracted text, by their first bytes. Naming
 * the kind tells them what went wrong better than "this is not text".
 */
const KNOWN_BINARY: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], '一个 PDF 文件'],
  [[0x50, 0x4b, 0x03, 0x04], '一个 Word（.docx）、WPS 文档或压缩包'],
  [[0xd0, 0xcf, 0x11, 0xe0], '一个旧版 Word（.doc）或 WPS 文档'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], '一个 RTF 文档'],
  [[0x89, 0x50, 0x4e, 0x47], '一张 PNG 图片'],
  [[0xff, 0xd8, 0xff], '一张 JPEG 图片'],
];

const SAVE_AS_TEXT =
  '请从 PDF 中复制或导出纯文本，另存为 UTF-8 编码的 .txt 文件（见 docs/publishing-guide.md 第一步）。';

function refuseKnownBinary(bytes: Uint8Array, file: string): void {
  const known = KNOWN_BINARY.find(([magic]) => startsWith(bytes, magic));
  if (known) {
    throw new GazetteInputError(file, 1, `这不是文本文件，而是${known[1]}，只是扩展名改成了 .txt。`, SAVE_AS_TEXT);
  }
}

/**
 * UTF-16 without a byte order mark: UTF-8 and GBK text never contains NUL bytes, but UTF-16 puts
 * one beside every ASCII character (line breaks, digits), on the same side of each code unit;
 * only a few Chinese characters (U+4E00 一…) put one on the other side.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  bytes.forEach((byte, index) => {
    if (byte === 0) {
      if (index % 2 === 0) even += 1;
      else odd += 1;
    }
  });
  if (bytes.length % 2 !== 0 || even + odd === 0) return null;
  if (odd > even * 10) return 'utf-16le';
  if (even > odd * 10) return 'utf-16be';
  return null;
}

/** Control characters other than TAB, LF, CR and form feed never occur in extracted text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\v\u000e-\u001f]/;

/** 1-based line and column of a character offset, as an editor shows them. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/** Decodes an issue file's bytes; throws a GazetteInputError for empty, binary, damaged or garbled input. */
export function decodeIssueBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) {
    throw new GazetteInputError(file, 1, '文件是空的。', '请把公报全文粘贴进文件后再提交。');
  }
  refuseKnownBinary(bytes, file);
  const decoded = decodeText(bytes, file);
  const control = decoded.text.search(CONTROL_CHARACTER);
  if (control !== -1) {
    const { line, column } = position(decoded.text, control);
    throw notText(file, line, column);
  }
  if (decoded.text.trim() === '') {
    throw new GazetteInputError(file, 1, '文件只有空白，没有文字。', '请把公报全文粘贴进文件后再提交。');
  }
  refuseOverlongLine(decoded.text, file);
  refuseGarbledText(decoded.text, file);
  return decoded;
}

/**
 * The longest line an issue file may have. A printed line holds about 40 characters and a whole
 * paragraph rarely 2,000; a line of 10,000 or more is an extraction that lost its line breaks
 * (or not an issue at all), and refusing it keeps every later stage's work bounded.
 */
export const MAX_LINE_LENGTH = 9_999;

function refuseOverlongLine(text: string, file: string): void {
  const lines = splitLines(text);
  const overlong = lines.find((line) => line.text.length > MAX_LINE_LENGTH);
  if (!overlong) return;
  throw new GazetteInputError(
    file,
    overlong.no,
    `第 ${overlong.no} 行有 ${overlong.text.length} 个字符，超过了一行最多 ${MAX_LINE_LENGTH} 个字符的上限：这不是正常的提取结果。`,
    '公报的一行或一段不会这么长，多半是提取时丢失了换行，或把多页文字粘成了一行。请重新从 PDF 提取这一部分，保证每行（或每段）单独占一行；若 PDF 中确有这么长的一段，请联系开发人员。',
  );
}

function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (startsWith(bytes, UTF8_BOM)) return { text: decodeUtf8(bytes.subarray(3), file), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: decodeUtf16(bytes.subarray(2), 'utf-16le', file), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: decodeUtf16(bytes.subarray(2), 'utf-16be', file), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16, file), encoding: utf16 };
  if (bytes.includes(0)) {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const { line, column } = position(lossy, lossy.indexOf('\u0000'));
    throw notText(file, line, column);
  }
  if (isMostlyUtf8(bytes)) return { text: decodeUtf8(bytes, file), encoding: 'utf-8' };
  return decodeLegacyChinese(bytes, file);
}

function notText(file: string, line: number, column: number): GazetteInputError {
  return new GazetteInputError(
    file,
    line,
    '文件含有控制字符，不是纯文本（可能是 Word、PDF 或图片文件被改了扩展名）。',
    SAVE_AS_TEXT,
    column,
  );
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw unreadableEncoding(file);
  }
}

/**
 * A file that is UTF-8 except for a few bytes was damaged (cut inside a character, or edited
 * with the wrong encoding); GBK text read as UTF-8 is nearly all invalid. Telling the two apart
 * matters: reading a damaged UTF-8 file as GBK would publish garbled text.
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  // Counted, not matched: a list of every character of a file of megabytes would cost more to
  // collect than to read.
  let invalid = 0;
  let multiByte = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd) invalid += 1;
    else if (code > 0x7f) multiByte += 1;
  }
  return invalid * 10 <= multiByte;
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const { line, column } = position(text, text.indexOf('\uFFFD'));
    throw new GazetteInputError(
      file,
      line,
      '文件是 UTF-8 编码，但这里有无法识别的字节：文件可能在复制、截断或用其他编码编辑时损坏了。',
      '请重新从 PDF 提取这一段文字，或用 VS Code 打开文件检查该位置的乱码，改正后以 UTF-8 编码保存。',
      column,
    );
  }
}

/**
 * Text that is not UTF-8 is accepted only when it decodes as GB18030 without invalid bytes;
 * whether it then reads as Chinese is checked for every encoding (refuseGarbledText).
 */
function decodeLegacyChinese(bytes: Uint8Array, file: string): DecodedText {
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    throw unreadableEncoding(file);
  }
}

function unreadableEncoding(file: string): GazetteInputError {
  return new GazetteInputError(
    file,
    1,
    '无法识别文件的文字编码：既不是 UTF-8，也不是 UTF-16 或 GB18030/GBK。',
    '请用记事本或 VS Code 打开文件，选择“另存为”，编码选 UTF-8，然后重新提交。',
  );
}

/**
 * The 500 most frequent characters of modern Chinese. In real gazette text they make up more
 * than half of every hundred characters (at least 0.4 in content/); in text decoded with the
 * wrong encoding (乱码 such as “娴庡崡甯傛”) they make up less than a fifth.
 */
const COMMON_CHARACTERS = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞',
);
const GARBLE_WINDOW = 100;
/** The last stretch of a file is judged too when it has at least this many characters. */
const GARBLE_MINIMUM = 30;
const GARBLE_THRESHOLD = 0.2;

/** The first characters of a garbled line, without the invisible ones wrong decodings produce. */
function example(line: string): string {
  return (line.match(/[\u4e00-\u9fff]/g) ?? []).slice(0, 10).join('');
}

/** Refuses text that decoded without error but is 乱码, naming the first garbled stretch. */
function refuseGarbledText(text: string, file: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  let windowStart = 0;
  let characters = 0;
  let common = 0;
  const judge = () => {
    if (common / characters >= GARBLE_THRESHOLD) return;
    throw new GazetteInputError(
      file,
      windowStart + 1,
      `从第 ${windowStart + 1} 行起的文字是乱码（如“${example(lines[windowStart]!)}”），不是正常的中文：文件的编码被弄错了。`,
      '请重新从 PDF 提取文字，用记事本或 VS Code 另存为 UTF-8 编码；不要用其他编码打开后再保存。',
    );
  };
  lines.forEach((line, index) => {
    if (characters === 0) windowStart = index;
    for (const char of line.match(/[\u4e00-\u9fff]/g) ?? []) {
      characters += 1;
      if (COMMON_CHARACTERS.has(char)) common += 1;
    }
    if (characters < GARBLE_WINDOW) return;
    judge();
    characters = 0;
    common = 0;
  });
  if (characters >= GARBLE_MINIMUM) judge();
}

/** Splits text into numbered lines, treating CRLF, CR and LF alike. */
export function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line, index) => ({ no: index + 1, text: line }));
}
