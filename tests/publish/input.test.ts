/**
 * Issue files as staff actually commit them: every encoding and line ending an editor on Windows
 * or a Mac produces is read exactly like plain UTF-8, and every mistake is refused with the
 * message staff see (`npm run check` and `npm run build` print the same), never published wrongly.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDates } from '../../src/publish/dates.ts';
import { checkContentFolder } from '../../src/publish/issues.ts';
import {
  contentFolder,
  encodeGbk,
  issueText,
  notice,
  removeContentFolders,
  statistics,
} from './support/issue-files.ts';

afterAll(removeContentFolders);

const utf8 = (text: string) => new TextEncoder().encode(text);
const ISSUE = issueText(2021, 4);

/** The converted issue of a folder holding only `2021-4.txt` with these bytes; fails on any error. */
function convertedAs(bytes: Uint8Array) {
  const check = checkContentFolder(contentFolder({ '2021-4.txt': bytes }));
  expect(check.errors.map((error) => error.format())).toEqual([]);
  return check.issues[0]!;
}

/** Exactly what staff read for each error of a content folder holding these files. */
function messagesFor(files: Record<string, string | Uint8Array>, setup?: (dir: string) => void): string[] {
  const dir = contentFolder(files);
  setup?.(dir);
  return checkContentFolder(dir).errors.map((error) => error.format());
}

describe('every encoding and line ending staff may save converts exactly like plain UTF-8', () => {
  const reference = convertedAs(utf8(ISSUE));

  it('reads the synthetic issue as two notices and the statistics block', () => {
    expect(reference.documents.map(({ meta }) => [meta.docNumber, meta.date, meta.issuedDate, meta.type])).toEqual([
      ['济槐政任〔2021〕41号', '2021-12-02', '2021-12-02', '通知'],
      ['济槐政任〔2021〕42号', '2021-12-12', '2021-12-12', '通知'],
      [null, null, null, '统计数据'],
    ]);
  });

  it('UTF-8 with a byte order mark (Windows Notepad) gives the same documents and journal', () => {
    expect(convertedAs(utf8(`\uFEFF${ISSUE}`))).toEqual(reference);
  });

  it('CRLF and CR line endings give the same documents with the same line numbers', () => {
    expect(convertedAs(utf8(ISSUE.replace(/\n/g, '\r\n')))).toEqual(reference);
    expect(convertedAs(utf8(ISSUE.replace(/\n/g, '\r')))).toEqual(reference);
  });

  it('UTF-16 little- and big-endian, with or without byte order mark, give the same documents', () => {
    const little = new Uint8Array(Buffer.from(ISSUE, 'utf16le'));
    const big = new Uint8Array(Buffer.from(ISSUE, 'utf16le').swap16());
    expect(convertedAs(new Uint8Array([0xff, 0xfe, ...little]))).toEqual(reference);
    expect(convertedAs(new Uint8Array([0xfe, 0xff, ...big]))).toEqual(reference);
    expect(convertedAs(little)).toEqual(reference);
    expect(convertedAs(big)).toEqual(reference);
  });

  it('GBK / GB18030 (Notepad “ANSI” on a Chinese system) gives the same documents, never 乱码', () => {
    expect(convertedAs(encodeGbk(ISSUE))).toEqual(reference);
    expect(convertedAs(encodeGbk(ISSUE.replace(/\n/g, '\r\n')))).toEqual(reference);
  });
});

describe('a file that is not the issue’s text is refused with file, line, column and a hint', () => {
  it('an empty file, or one with only blank lines', () => {
    expect(messagesFor({ '2021-4.txt': '' })).toEqual([
      '2021-4.txt:1:1: 错误：文件是空的。\n  提示：请把公报全文粘贴进文件后再提交。',
    ]);
    expect(messagesFor({ '2021-4.txt': ' \n\r\n  \n' })).toEqual([
      '2021-4.txt:1:1: 错误：文件只有空白，没有文字。\n  提示：请把公报全文粘贴进文件后再提交。',
    ]);
  });

  it('a PDF, Word document or image renamed to .txt is named as what it is', () => {
    const hint =
      '  提示：请从 PDF 中复制或导出纯文本，另存为 UTF-8 编码的 .txt 文件（见 docs/publishing-guide.md 第一步）。';
    expect(messagesFor({ '2021-4.txt': new Uint8Array([...utf8('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3]) })).toEqual([
      `2021-4.txt:1:1: 错误：这不是文本文件，而是一个 PDF 文件，只是扩展名改成了 .txt。\n${hint}`,
    ]);
    expect(messagesFor({ '2021-4.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) })).toEqual([
      `2021-4.txt:1:1: 错误：这不是文本文件，而是一个 Word（.docx）、WPS 文档或压缩包，只是扩展名改成了 .txt。\n${hint}`,
    ]);
    expect(
      messagesFor({ '2021-4.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }),
    ).toEqual([`2021-4.txt:1:1: 错误：这不是文本文件，而是一张 PNG 图片，只是扩展名改成了 .txt。\n${hint}`]);
  });

  it('other binary content: control characters are located, unknown bytes are refused', () => {
    expect(messagesFor({ '2021-4.txt': ISSUE.replace('区政府决定', '区政府\u0007决定') })).toEqual([
      '2021-4.txt:7:4: 错误：文件含有控制字符，不是纯文本（可能是 Word、PDF 或图片文件被改了扩展名）。\n  提示：请从 PDF 中复制或导出纯文本，另存为 UTF-8 编码的 .txt 文件（见 docs/publishing-guide.md 第一步）。',
    ]);
    expect(messagesFor({ '2021-4.txt': new Uint8Array([...utf8(ISSUE.slice(0, 40)), 0, 0, 0, 0]) })).toEqual([
      '2021-4.txt:5:2: 错误：文件含有控制字符，不是纯文本（可能是 Word、PDF 或图片文件被改了扩展名）。\n  提示：请从 PDF 中复制或导出纯文本，另存为 UTF-8 编码的 .txt 文件（见 docs/publishing-guide.md 第一步）。',
    ]);
    const noise = new Uint8Array(Array.from({ length: 300 }, (_, index) => (index * 7919 + 13) % 256));
    expect(messagesFor({ '2021-4.txt': noise })).toEqual([
      '2021-4.txt:1:1: 错误：无法识别文件的文字编码：既不是 UTF-8，也不是 UTF-16 或 GB18030/GBK。\n  提示：请用记事本或 VS Code 打开文件，选择“另存为”，编码选 UTF-8，然后重新提交。',
    ]);
  });

  it('a line of 10,000 characters or more (line breaks lost in extraction) is refused at its line; 9,999 pass', () => {
    const lines = ISSUE.split('\n');
    const withLine = (length: number) => [...lines.slice(0, 8), '区'.repeat(length), ...lines.slice(8)].join('\n');
    expect(messagesFor({ '2021-4.txt': withLine(10_000) })).toEqual([
      '2021-4.txt:9:1: 错误：第 9 行有 10000 个字符，超过了一行最多 9999 个字符的上限：这不是正常的提取结果。\n  提示：公报的一行或一段不会这么长，多半是提取时丢失了换行，或把多页文字粘成了一行。请重新从 PDF 提取这一部分，保证每行（或每段）单独占一行；若 PDF 中确有这么长的一段，请联系开发人员。',
    ]);
    expect(messagesFor({ '2021-4.txt': withLine(9_999) })).toEqual([]);
  });

  it('text that would join into a paragraph of 10,000 characters or more starts a new paragraph, with a warning, nothing lost', () => {
    const line = '区政府决定加强组织领导依托委员会开展工作落实责任制度推进项目建设提升服务水平';
    const issue = convertedAs(
      utf8(ISSUE.replace('区政府决定，免去：', Array.from({ length: 300 }, () => line).join('\n'))),
    );
    const warnings = issue.journal.warnings.filter((warning) => warning.code === 'paragraph-too-long');
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(warnings[0]!.message).toMatch(/^上面的段落已有 \d+ 个字符，接上这一行将超过一段最多 9999 个字符的上限/);
    const paragraphs = issue.documents[0]!.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(paragraphs.every((text) => text.length <= 9_999)).toBe(true);
    expect(paragraphs.join('').split(line).length - 1).toBe(300);
  });

  it('a UTF-8 file damaged inside a character is located, not misread as GBK', () => {
    const bytes = utf8(ISSUE);
    const leadByte = bytes.indexOf(0xe6, 200);
    expect(messagesFor({ '2021-4.txt': bytes.slice(0, leadByte + 1) })).toEqual([
      '2021-4.txt:9:13: 错误：文件是 UTF-8 编码，但这里有无法识别的字节：文件可能在复制、截断或用其他编码编辑时损坏了。\n  提示：请重新从 PDF 提取这一段文字，或用 VS Code 打开文件检查该位置的乱码，改正后以 UTF-8 编码保存。',
    ]);
  });

  it('乱码 (text once opened with the wrong encoding and saved again) is refused, wholly or in part', () => {
    const hint = '  提示：请重新从 PDF 提取文字，用记事本或 VS Code 另存为 UTF-8 编码；不要用其他编码打开后再保存。';
    const garble = (text: string) => new TextDecoder('gb18030').decode(utf8(text));
    expect(messagesFor({ '2021-4.txt': utf8(garble(ISSUE)) })).toEqual([
      `2021-4.txt:1:1: 错误：从第 1 行起的文字是乱码（如“娴庡崡甯傛鑽尯浜烘皯”），不是正常的中文：文件的编码被弄错了。\n${hint}`,
    ]);
    const second = ISSUE.indexOf('济南市槐荫区人民政府 关于免去朱军');
    const statistics = ISSUE.indexOf('2021年1-12月');
    const partly = ISSUE.slice(0, second) + garble(ISSUE.slice(second, statistics)) + ISSUE.slice(statistics);
    expect(messagesFor({ '2021-4.txt': utf8(partly) })).toEqual([
      `2021-4.txt:19:1: 错误：从第 19 行起的文字是乱码（如“娴庢鏀夸换銆銆鍙”），不是正常的中文：文件的编码被弄错了。\n${hint}`,
    ]);
  });
});

describe('an issue whose content is incomplete or contradicts itself is refused', () => {
  it('an issue cut off in the middle of a document, without asking for text the PDF may lack', () => {
    expect(messagesFor({ '2021-4.txt': ISSUE.slice(0, ISSUE.indexOf('朱军的')) })).toEqual([
      '2021-4.txt:23:1: 错误：文件到第 23 行（“济南市槐荫区人民政府关于免去朱军职务的通知”）就结束了，没有本期的统计数据表“2021年1-12月全区主要经济指标完成情况”：文件末尾可能被截断了。\n  提示：每期公报以统计数据表结尾。请对照 PDF 检查是否漏复制了最后几篇文件和统计表；如果本期 PDF 确实没有统计数据，请联系开发人员。',
    ]);
  });

  it('an issue cut off right after a document’s 印发 line, losing the documents after it', () => {
    expect(messagesFor({ '2021-4.txt': ISSUE.slice(0, ISSUE.indexOf('2021年1-12月')) })).toEqual([
      '2021-4.txt:31:1: 错误：文件到第 31 行（“济南市槐荫区人民政府关于免去朱军职务的通知”）就结束了，没有本期的统计数据表“2021年1-12月全区主要经济指标完成情况”：文件末尾可能被截断了。\n  提示：每期公报以统计数据表结尾。请对照 PDF 检查是否漏复制了最后几篇文件和统计表；如果本期 PDF 确实没有统计数据，请联系开发人员。',
    ]);
  });

  it('an issue whose 目录 lists a document the body has lost', () => {
    const tableOfContents = [
      '目 录',
      '【人事任免】',
      '济南市槐荫区人民政府关于免去张戈职务的通知（济槐政任〔2021〕41号） .....（1）',
      '济南市槐荫区人民政府关于免去朱军职务的通知（济槐政任〔2021〕42号） .....（2）',
      '【统计数据】',
      '2021年1-12月全区主要经济指标完成情况 .....（3）',
      '',
    ].join('\n\n');
    expect(messagesFor({ '2021-4.txt': tableOfContents + ISSUE })).toEqual([]);
    const lost =
      ISSUE.slice(0, ISSUE.indexOf('济南市槐荫区人民政府 关于免去朱军')) + ISSUE.slice(ISSUE.indexOf('2021年1-12月'));
    expect(messagesFor({ '2021-4.txt': tableOfContents + lost })).toEqual([
      '2021-4.txt:1:1: 错误：目录列出 3 篇，但正文中找到 2 篇。\n  提示：正文可能漏复制了整篇文件（例如跳过了几页）：请逐条对照目录和 PDF，补齐缺少的文件。',
    ]);
  });

  it('a signing, 印发 or speech date that does not exist in the calendar', () => {
    const hint = '  提示：请对照 PDF 核对这一行的日期，多半是提取或录入时数字错了；改正后运行 npm run check 再检查。';
    expect(messagesFor({ '2021-4.txt': ISSUE.replace('\n2021年12月2日\n', '\n2021年2月30日\n') })).toEqual([
      `2021-4.txt:13:1: 错误：落款日期“2021年2月30日”不存在：2021年2月只有28天，没有30日。\n${hint}`,
    ]);
    expect(messagesFor({ '2021-4.txt': ISSUE.replace('（2021年12月12日印发）', '（2021年2月30日印发）') })).toEqual([
      `2021-4.txt:31:2: 错误：印发日期“2021年2月30日”不存在：2021年2月只有28天，没有30日。\n${hint}`,
    ]);
    expect(
      checkDates('2021-4.txt', [{ no: 5, text: '——2021年4月31日在区十八届人大五次会议上' }]).errors.map((error) =>
        error.format(),
      ),
    ).toEqual([`2021-4.txt:5:3: 错误：讲话日期“2021年4月31日”不存在：2021年4月只有30天，没有31日。\n${hint}`]);
    expect(messagesFor({ '2021-4.txt': ISSUE.replace('（2021年12月12日印发）', '（2021年13月12日印发）') })).toEqual([
      `2021-4.txt:31:2: 错误：印发日期“2021年13月12日”不存在：一年只有12个月，没有13月。\n${hint}`,
    ]);
  });

  it('a date in running text that does not exist is kept as printed, with a warning to check the PDF', () => {
    const check = checkContentFolder(
      contentFolder({ '2021-4.txt': ISSUE.replace('区政府决定，免去：', '区政府决定，自2021年9月31日起免去：') }),
    );
    expect(check.errors).toEqual([]);
    expect(check.reports[0]!.warnings).toEqual([
      {
        line: 7,
        code: 'impossible-date',
        message: '正文中的日期“2021年9月31日”不存在（2021年9月只有30天，没有31日）；原文保留，请核对 PDF。',
      },
    ]);
  });

  it('a statistics period that contradicts the issue number', () => {
    expect(messagesFor({ '2021-4.txt': ISSUE.replace('2021年1-12月', '2021年1-9月') })).toEqual([
      '2021-4.txt:33:1: 错误：统计数据的期间是 2021年1-9月，但 2021年第4期 应为 2021年1-12月。\n  提示：第N期公报刊登1至3N月的数据。请核对文件名中的年份、期号是否写错，或统计表标题是否复制自别的一期。',
    ]);
  });

  it('a document whose metadata the site would reject (here a one-character title)', () => {
    expect(messagesFor({ '2021-4.txt': ISSUE.replace('济南市槐荫区人民政府 关于免去张戈职务的通知', '令') })).toEqual([
      '2021-4.txt:1:1: 错误：从第 1 行开始的文件“令”的元数据不符合网站的要求：标题“令”至少要有 2 个字。\n  提示：请对照 PDF 检查这篇文件的标题行是否完整，是否被拆到了别的行或和别的行粘在了一起。',
    ]);
  });

  it('an issue of more than 99 documents, with one error at the 100th instead of one per document', () => {
    const documents = Array.from({ length: 100 }, (_, index) =>
      notice({ number: index + 1, year: 2021, signed: '2021年12月2日', issued: '2021年12月2日', person: '张戈' }),
    );
    const text = [...documents, statistics(2021, 12)].join('\n');
    const hundredth = text.split('\n').indexOf('济槐政任〔2021〕100号') - 1;
    expect(messagesFor({ '2021-4.txt': text })).toEqual([
      `2021-4.txt:${hundredth}:1: 错误：本期识别出 101 篇文件，超过了一期最多 99 篇的上限（第 100 篇从这一行开始）。\n  提示：一期公报通常只有十几篇文件：多半是大量行被误认作了标题、文号或印发行（例如重复粘贴了正文，或目录、表格被拆成了很多行）。请对照 PDF 检查；若本期确实超过 99 篇，请联系开发人员。`,
    ]);
  });

  it('a running header or masthead inside the file naming another issue', () => {
    expect(messagesFor({ '2021-4.txt': `济南市槐荫区人民政府公报（2021年第3期）\n\n${ISSUE}` })).toEqual([
      '2021-4.txt:1:1: 错误：页眉写的是 2021年第3期，但文件名表明这是 2021年第4期。\n  提示：请确认文件名中的年份和期号与公报刊头一致；若文件名有误，请改名后重新提交。',
    ]);
  });
});

describe('the content folder holds each issue once and nothing else', () => {
  it('two files for the same issue (2021-4.txt and 2021-04.txt, or a copy Windows made)', () => {
    const duplicate = (name: string) =>
      `${name}:1:1: 错误：“${name}”和“2021-4.txt”都是 2021年第4期：同一期只能有一个文件。\n  提示：请核对两个文件，保留正确的“2021-4.txt”，删除“${name}”。`;
    expect(messagesFor({ '2021-4.txt': ISSUE, '2021-04.txt': ISSUE })).toEqual([duplicate('2021-04.txt')]);
    expect(messagesFor({ '2021-4.txt': ISSUE, '2021-4 (1).txt': ISSUE, '2021-4 - 副本.txt': ISSUE })).toEqual([
      duplicate('2021-4 (1).txt'),
      duplicate('2021-4 - 副本.txt'),
    ]);
  });

  it('an issue file named another way is told its right name', () => {
    const rename = (name: string) =>
      `${name}:1:1: 错误：文件名“${name}”不符合命名规则，应为“2021-4.txt”。\n  提示：请把文件改名为“2021-4.txt”：四位年份、半角连字符“-”、期号（前面不补 0），扩展名 .txt。`;
    expect(messagesFor({ '2021-04.txt': ISSUE })).toEqual([rename('2021-04.txt')]);
    expect(messagesFor({ '2021年第4期.txt': ISSUE })).toEqual([rename('2021年第4期.txt')]);
    expect(messagesFor({ '2021-4.txt.txt': ISSUE })).toEqual([rename('2021-4.txt.txt')]);
    expect(messagesFor({ '2201-4.txt': ISSUE })).toEqual([
      '2201-4.txt:1:1: 错误：文件名中的年份 2201 不对：公报的年份应在 1990 至 2100 之间。\n  提示：请检查文件名中的年份是否打错，例如 2023年第2期 应命名为 2023-2.txt。',
    ]);
    expect(messagesFor({ '2021-5.txt': ISSUE })).toEqual([
      '2021-5.txt:1:1: 错误：期号 5 不存在：公报每季度一期，每年第1至第4期。\n  提示：请检查文件名中的期号，例如 2023年第2期 应命名为 2023-2.txt。',
    ]);
  });

  it('a 文号 that already belongs to a document of another issue', () => {
    const copied = ISSUE.replace('济槐政任〔2021〕41号', '济槐政任〔2021〕31号');
    expect(messagesFor({ '2021-3.txt': issueText(2021, 3), '2021-4.txt': copied })).toEqual([
      '2021-4.txt:1:1: 错误：文号 济槐政任〔2021〕31号 已出现在 2021-3.txt 第 1 行，同一文号不能属于两篇文件。\n  提示：请核对两处文号是否有一处抄错；若同一文件被重复放进了两期，请从其中一期删除。',
    ]);
  });

  it('a document without 文号 pasted twice', () => {
    expect(messagesFor({ '2021-4.txt': `${ISSUE}\n${statistics(2021, 12)}` })).toEqual([
      '2021-4.txt:40:1: 错误：“2021年1-12月全区主要经济指标完成情况”与 2021-4.txt 第 33 行的文件一字不差，同一篇文件不能刊登两次。\n  提示：多半是复制时把同一篇粘贴了两次：请删除重复的一篇。若 PDF 中确实重复刊登，请联系开发人员。',
    ]);
  });

  it('an unexpected file or folder beside the issues', () => {
    expect(
      messagesFor({ '2021-4.txt': ISSUE, '说明.docx': 'x', 'README.md': '# 说明' }, (dir) =>
        mkdirSync(join(dir, 'old')),
      ),
    ).toEqual([
      'old:1:1: 错误：内容文件夹里有一个子文件夹“old”。\n  提示：公报文件必须直接放在 content/ 里，不能放进子文件夹；请把它移出或删除。',
      '说明.docx:1:1: 错误：内容文件夹里有一个不认识的文件“说明.docx”。\n  提示：公报文件必须命名为“年份-期号.txt”（如 2023-1.txt）；其他文件请移出 content/ 文件夹。',
    ]);
  });

  it('a link named as an issue is refused, never followed, whether it points at an issue, nowhere or at itself', () => {
    const outside = contentFolder({ '2021-3.txt': issueText(2021, 3) });
    const link = (name: string) =>
      `${name}:1:1: 错误：“${name}”是一个链接（快捷方式），不是文件本身；网站不会读取链接指向的文件。\n  提示：请删除这个链接，把公报文本文件本身复制进 content/ 文件夹。`;
    const dir = contentFolder({ '2021-4.txt': ISSUE });
    symlinkSync(join(outside, '2021-3.txt'), join(dir, '2021-3.txt'));
    symlinkSync(join(outside, 'missing.txt'), join(dir, '2022-1.txt'));
    symlinkSync(join(dir, '2022-2.txt'), join(dir, '2022-2.txt'));
    const check = checkContentFolder(dir);
    expect(check.errors.map((error) => error.format())).toEqual([
      link('2021-3.txt'),
      link('2022-1.txt'),
      link('2022-2.txt'),
    ]);
    expect(check.issues.map((issue) => issue.file)).toEqual(['2021-4.txt']);
  });

  it('a FIFO or other special file named as an issue is refused, not opened or told to rename itself', () => {
    const dir = contentFolder({ '2021-4.txt': ISSUE });
    expect(spawnSync('mkfifo', [join(dir, '2021-3.txt')]).status).toBe(0);
    expect(checkContentFolder(dir).errors.map((error) => error.format())).toEqual([
      '2021-3.txt:1:1: 错误：“2021-3.txt”不是普通文件（是管道、设备或套接字之类的系统文件），无法作为公报读取。\n  提示：请删除它，把公报文本文件本身放进 content/ 文件夹；若不清楚它从何而来，请联系开发人员。',
    ]);
  });

  it('a file whose name is not UTF-8 is refused with the name shown as GBK, and the rest still checked', () => {
    const dir = contentFolder({ '2021-4.txt': ISSUE.replace('（2021年12月12日印发）', '（2021年2月30日印发）') });
    // “公报.txt” as Windows writes it in GBK.
    const gbkName = Buffer.concat([Buffer.from(encodeGbk('公报')), Buffer.from('.txt')]);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), gbkName]), ISSUE);
    const messages = checkContentFolder(dir).errors.map((error) => error.format());
    expect(messages).toEqual([
      '公报.txt:1:1: 错误：内容文件夹里有一个文件名无法识别的文件（文件名不是 UTF-8 编码，按 GBK 显示为“公报.txt”）。\n  提示：这通常是在 Windows 上压缩或解压时文件名编码出了错。请把它改名为“年份-期号.txt”（如 2023-1.txt）；不需要的文件请删除。',
      expect.stringMatching(/^2021-4\.txt:31:2: 错误：印发日期“2021年2月30日”不存在/),
    ]);
  });

  it('a content folder that does not exist is explained, not a Node error', () => {
    const dir = join(contentFolder({}), 'content');
    expect(checkContentFolder(dir).errors.map((error) => error.format())).toEqual([
      `${dir}:1:1: 错误：找不到内容文件夹，或者它不是一个可以读取的文件夹。\n  提示：公报文本文件应放在项目的 content/ 文件夹里：请确认这个文件夹存在，并且是文件夹本身而不是链接。`,
    ]);
  });

  it('a content folder without any issue', () => {
    const dir = contentFolder({ 'README.md': '# 说明' });
    expect(checkContentFolder(dir).errors.map((error) => error.format())).toEqual([
      `${dir}:1:1: 错误：内容文件夹里没有任何公报文件，网站将是空的。\n  提示：请把公报文本文件（如 2023-1.txt）放进 content/ 文件夹。`,
    ]);
  });

  it('reports every problem of every file at once, so staff fix them in one round', () => {
    const messages = messagesFor({
      '2021-3.txt': issueText(2021, 3).replace('2021年1-9月', '2021年1-6月'),
      '2021-4.txt': ISSUE.replace('（2021年12月12日印发）', '（2021年2月30日印发）'),
      '2022-1.txt': '',
      'notes.txt': 'x',
    });
    expect(messages.map((message) => message.split(': 错误')[0])).toEqual([
      'notes.txt:1:1',
      '2021-3.txt:33:1',
      '2021-4.txt:31:2',
      '2022-1.txt:1:1',
    ]);
  });
});

describe('text that hides or assembles something is cleaned, and the build report says so', () => {
  it('a reversed or split title and 文号 read as printed, each removed character in the report', () => {
    const hidden = ISSUE.replace('关于免去张戈职务的通知', '\u202e关于免去张戈\u200b职务的通知\u202c').replace(
      '济槐政任〔2021〕41号',
      '济槐政任〔2021〕\u20604\ufeff1号',
    );
    const issue = convertedAs(utf8(hidden));
    expect(issue.documents[0]!.meta.title).toBe('济南市槐荫区人民政府关于免去张戈职务的通知');
    expect(issue.documents[0]!.meta.docNumber).toBe('济槐政任〔2021〕41号');
    const removed = issue.journal.repairs.filter((repair) => repair.kind === 'invisible-character');
    expect(removed.map((repair) => `${repair.line}:${repair.before}`)).toEqual([
      '1:U+202E',
      '1:U+200B',
      '1:U+202C',
      '3:U+2060',
      '3:U+FEFF',
    ]);
  });

  it('a tag assembled by removing another (`<scr<b>ipt>`) never reaches the title', () => {
    const issue = convertedAs(
      utf8(ISSUE.replace('关于免去张戈职务的通知', '<scr<b>ipt>关于免去张戈职务的通知</scr</b>ipt>')),
    );
    expect(issue.documents[0]!.meta.title).toBe('济南市槐荫区人民政府关于免去张戈职务的通知');
  });
});

describe('the real content folder', () => {
  it('passes every check', () => {
    const check = checkContentFolder(join(process.cwd(), 'content'));
    expect(check.errors.map((error) => error.format())).toEqual([]);
    expect(check.issues.map((issue) => issue.issue.id)).toEqual(['2020-3', '2021-1', '2021-4', '2022-2', '2022-4']);
  });
});
