/**
 * Everything between the issue files staff commit and the generated content collections:
 * which files count as issues, converting them, the checks a single file cannot make (dates,
 * completeness, the site's schema, duplicates across issues), and the outputs (Markdown per
 * document, a build report per issue). No Astro here: `npm run check`, the build and the tests
 * all call checkContentFolder.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { convertIssue, GazetteInputError, type ConversionWarning, type ConvertedIssue } from '../converter/index.ts';
import { decodeIssueBytes, ISSUE_FILE_NAME, splitLines } from '../converter/read/index.ts';
import { matchStatisticsTitle, matchTocPage } from '../vocabulary/index.ts';
import { bodyToMarkdown, documentId, documentToMarkdown, frontMatter } from '../converter/emit/index.ts';
import { documentSchema } from '../lib/document-schema.ts';
import { citationsByDocument } from '../data/citations.ts';
import { sourceDocument, type SourceDocument } from '../data/source.ts';
import { checkDates, type DateWarning } from './dates.ts';

/** Files that may sit in the content folder beside the issues. */
const ALLOWED_EXTRA_FILES = new Set(['README.md', '.gitkeep']);

/**
 * Names that are meant as an issue but are spelled otherwise (2021-04.txt, 2021_4.txt,
 * 2021年第4期.txt, 2021-4.TXT, 2021-4.txt.txt, and the copies Windows makes: 2021-4 (1).txt,
 * 2021-4 - 副本.txt): year and number, so the error can name the file it should be, or the file
 * it duplicates.
 */
const ISSUE_LIKE_NAME =
  /^(\d{4})[-._\u2013\u2014\u5e74\uff0d]?第?0*(\d{1,2})期?(?:\(\d+\)|-副本(?:\(\d+\))?)?(?:\.txt)*$/i;

/** What lstat says an entry of the content folder is, in the words staff know. */
type EntryKind = 'file' | 'folder' | 'link' | 'special' | 'unreadable';

/** An entry of the content folder, with its name as the bytes on disk say it and its kind. */
interface FolderEntry {
  name: string;
  kind: EntryKind;
  /** The name's bytes are not UTF-8: `name` shows them as well as they can be shown. */
  garbledName: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** Names that are not UTF-8 were most often written by Windows in GBK: shown that way, staff recognise them. */
const gb18030 = new TextDecoder('gb18030');

/**
 * The entries of the content folder, each looked at with lstat: a link is never followed (a link
 * named 2023-1.txt to a file outside the repository would publish that file), and a FIFO or a
 * device is never opened.
 */
function listContentFolder(contentDir: string): FolderEntry[] {
  return readdirSync(contentDir, { encoding: 'buffer' }).map((raw) => {
    let name: string;
    try {
      name = strictUtf8.decode(raw);
    } catch {
      return { name: gb18030.decode(raw), kind: 'unreadable', garbledName: true };
    }
    let kind: EntryKind = 'unreadable';
    try {
      const stats = lstatSync(join(contentDir, name));
      kind = stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'special';
    } catch {
      // Removed while the folder was read, or not readable: reported as an entry that cannot be read.
    }
    return { name, kind, garbledName: false };
  });
}

/** The issue files of a content folder in issue order, and an error for every other entry. */
function scanContentFolder(contentDir: string): { files: string[]; errors: GazetteInputError[] } {
  let entries: FolderEntry[];
  try {
    entries = listContentFolder(contentDir);
  } catch {
    return {
      files: [],
      errors: [
        new GazetteInputError(
          contentDir,
          1,
          '找不到内容文件夹，或者它不是一个可以读取的文件夹。',
          '公报文本文件应放在项目的 content/ 文件夹里：请确认这个文件夹存在，并且是文件夹本身而不是链接。',
        ),
      ],
    };
  }
  const considered = entries
    .filter((entry) => entry.garbledName || !ALLOWED_EXTRA_FILES.has(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files = considered
    .filter((entry) => entry.kind === 'file' && ISSUE_FILE_NAME.test(entry.name))
    .map((entry) => entry.name);
  const errors = considered
    .filter((entry) => !(entry.kind === 'file' && files.includes(entry.name)))
    .map((entry) => unexpectedEntry(entry, files));
  if (files.length === 0 && errors.length === 0) {
    errors.push(
      new GazetteInputError(
        contentDir,
        1,
        '内容文件夹里没有任何公报文件，网站将是空的。',
        '请把公报文本文件（如 2023-1.txt）放进 content/ 文件夹。',
      ),
    );
  }
  return { files: files.sort((a, b) => issueOrder(a) - issueOrder(b)), errors };
}

function unexpectedEntry({ name, kind, garbledName }: FolderEntry, issueFiles: string[]): GazetteInputError {
  if (garbledName) {
    return new GazetteInputError(
      name,
      1,
      `内容文件夹里有一个文件名无法识别的文件（文件名不是 UTF-8 编码，按 GBK 显示为“${name}”）。`,
      '这通常是在 Windows 上压缩或解压时文件名编码出了错。请把它改名为“年份-期号.txt”（如 2023-1.txt）；不需要的文件请删除。',
    );
  }
  if (kind === 'folder') {
    return new GazetteInputError(
      name,
      1,
      `内容文件夹里有一个子文件夹“${name}”。`,
      '公报文件必须直接放在 content/ 里，不能放进子文件夹；请把它移出或删除。',
    );
  }
  if (kind === 'link') {
    return new GazetteInputError(
      name,
      1,
      `“${name}”是一个链接（快捷方式），不是文件本身；网站不会读取链接指向的文件。`,
      '请删除这个链接，把公报文本文件本身复制进 content/ 文件夹。',
    );
  }
  if (kind === 'special') {
    return new GazetteInputError(
      name,
      1,
      `“${name}”不是普通文件（是管道、设备或套接字之类的系统文件），无法作为公报读取。`,
      '请删除它，把公报文本文件本身放进 content/ 文件夹；若不清楚它从何而来，请联系开发人员。',
    );
  }
  if (kind === 'unreadable') {
    return new GazetteInputError(
      name,
      1,
      `无法查看“${name}”是什么文件（可能刚被删除，或没有读取权限）。`,
      '请确认这个文件存在并且可以打开，然后重新运行 npm run check。',
    );
  }
  // Matched with whitespace removed, so that no pattern has to allow it everywhere.
  const meant = ISSUE_LIKE_NAME.exec(name.normalize('NFKC').replace(/\s+/g, ''));
  if (meant) {
    const canonical = `${meant[1]}-${Number(meant[2])}.txt`;
    if (issueFiles.includes(canonical)) {
      return new GazetteInputError(
        name,
        1,
        `“${name}”和“${canonical}”都是 ${meant[1]}年第${Number(meant[2])}期：同一期只能有一个文件。`,
        `请核对两个文件，保留正确的“${canonical}”，删除“${name}”。`,
      );
    }
    return new GazetteInputError(
      name,
      1,
      `文件名“${name}”不符合命名规则，应为“${canonical}”。`,
      `请把文件改名为“${canonical}”：四位年份、半角连字符“-”、期号（前面不补 0），扩展名 .txt。`,
    );
  }
  return new GazetteInputError(
    name,
    1,
    `内容文件夹里有一个不认识的文件“${name}”。`,
    '公报文件必须命名为“年份-期号.txt”（如 2023-1.txt）；其他文件请移出 content/ 文件夹。',
  );
}

/**
 * The bytes of an issue file the folder scan found to be a regular file. Opened without following
 * links and checked again once open, so that a file swapped for a link or a FIFO in between is
 * refused too; never a Node error with a stack trace.
 */
function readIssueFile(contentDir: string, name: string): Uint8Array | GazetteInputError {
  let descriptor: number | null = null;
  try {
    descriptor = openSync(join(contentDir, name), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    if (!fstatSync(descriptor).isFile()) throw new Error('not a regular file');
    return readFileSync(descriptor);
  } catch {
    return new GazetteInputError(
      name,
      1,
      `无法读取“${name}”：它在检查过程中被删除、替换成了链接，或者没有读取权限。`,
      '请确认 content/ 里的这个文件是公报文本文件本身并且可以打开，然后重新运行 npm run check。',
    );
  } finally {
    if (descriptor !== null) closeSync(descriptor);
  }
}

function issueOrder(name: string): number {
  const match = ISSUE_FILE_NAME.exec(name)!;
  return Number(match[1]) * 100 + Number(match[2]);
}

/**
 * Checks that need the issue as a whole or several issues: every issue ends with its statistics
 * block, whose period must match the issue number (issue N covers months 1 to 3N), and a
 * document appears once only: a 文号 belongs to one document, and a document without 文号 is
 * not printed twice word for word (pasted twice while copying).
 */
export function crossCheck(issues: ConvertedIssue[]): GazetteInputError[] {
  const errors: GazetteInputError[] = [];
  const seenNumbers = new Map<string, string>();
  const seenTexts = new Map<string, string>();
  for (const issue of issues) {
    for (const incomplete of [missingStatistics(issue), tableOfContentsMismatch(issue)])
      if (incomplete) errors.push(incomplete);
    // Beyond the cap every id breaks the schema: one error says why instead of one per document.
    const crowded = tooManyDocuments(issue);
    errors.push(...(crowded ? [crowded] : metadataProblems(issue)));
    for (const document of issue.documents) {
      const { meta } = document;
      if (meta.type === '统计数据') {
        const period = matchStatisticsTitle(meta.title);
        if (period && (period.year !== issue.issue.year || period.endMonth !== issue.issue.number * 3)) {
          errors.push(
            new GazetteInputError(
              issue.file,
              meta.sourceLines.start,
              `统计数据的期间是 ${period.year}年1-${period.endMonth}月，但 ${issue.issue.title} 应为 ${issue.issue.year}年1-${issue.issue.number * 3}月。`,
              '第N期公报刊登1至3N月的数据。请核对文件名中的年份、期号是否写错，或统计表标题是否复制自别的一期。',
            ),
          );
        }
      }
      const where = `${issue.file} 第 ${meta.sourceLines.start} 行`;
      if (meta.docNumber) {
        const previous = seenNumbers.get(meta.docNumber);
        if (previous) {
          errors.push(
            new GazetteInputError(
              issue.file,
              meta.sourceLines.start,
              `文号 ${meta.docNumber} 已出现在 ${previous}，同一文号不能属于两篇文件。`,
              '请核对两处文号是否有一处抄错；若同一文件被重复放进了两期，请从其中一期删除。',
            ),
          );
        } else {
          seenNumbers.set(meta.docNumber, where);
        }
      } else {
        const text = `${meta.title}\n${bodyToMarkdown(document.blocks)}`;
        const previous = seenTexts.get(text);
        if (previous) {
          errors.push(
            new GazetteInputError(
              issue.file,
              meta.sourceLines.start,
              `“${meta.title}”与 ${previous}的文件一字不差，同一篇文件不能刊登两次。`,
              '多半是复制时把同一篇粘贴了两次：请删除重复的一篇。若 PDF 中确实重复刊登，请联系开发人员。',
            ),
          );
        } else {
          seenTexts.set(text, where);
        }
      }
    }
  }
  return errors;
}

/**
 * Every issue closes with the statistics block. A file cut off right after a 印发 line converts
 * without any other error, so the missing block is the only sign that documents were lost.
 */
function missingStatistics(issue: ConvertedIssue): GazetteInputError | null {
  if (issue.documents.some(({ meta }) => meta.type === '统计数据')) return null;
  const last = issue.documents[issue.documents.length - 1]!.meta;
  const { year, number } = issue.issue;
  return new GazetteInputError(
    issue.file,
    last.sourceLines.end,
    `文件到第 ${last.sourceLines.end} 行（“${last.title}”）就结束了，没有本期的统计数据表“${year}年1-${number * 3}月全区主要经济指标完成情况”：文件末尾可能被截断了。`,
    '每期公报以统计数据表结尾。请对照 PDF 检查是否漏复制了最后几篇文件和统计表；如果本期 PDF 确实没有统计数据，请联系开发人员。',
  );
}

/**
 * When the issue prints a 目录, it must list as many documents as the body holds: a document
 * lost in the middle (pages skipped while copying) converts without any other error. The 目录's
 * lines are in the journal (removed as artefacts); each entry ends with its page number.
 */
function tableOfContentsMismatch(issue: ConvertedIssue): GazetteInputError | null {
  const tocLines = issue.journal.artefacts.filter((artefact) => artefact.kind === 'table-of-contents');
  const listed = tocLines.filter((artefact) => matchTocPage(artefact.text) !== null).length;
  const found = issue.documents.length;
  if (listed === 0 || listed === found) return null;
  return new GazetteInputError(
    issue.file,
    tocLines[0]!.line,
    `目录列出 ${listed} 篇，但正文中找到 ${found} 篇。`,
    listed > found
      ? '正文可能漏复制了整篇文件（例如跳过了几页）：请逐条对照目录和 PDF，补齐缺少的文件。'
      : '目录可能没有复制完整，或正文中某篇文件的标题、文号、印发行格式异常，被拆成了两篇：请对照 PDF 核对；若无法解决，请联系开发人员。',
  );
}

/**
 * The most documents an issue may hold. A document's id and address carry its number in two
 * digits (`2021-4-07`, the schema's id pattern), which keeps ids sorting in issue order; real
 * issues hold 10 to 20 documents, so a hundred means the text was misread (a table or a 目录
 * taken for titles), not an issue to publish.
 */
export const MAX_DOCUMENTS_PER_ISSUE = 99;

function tooManyDocuments(issue: ConvertedIssue): GazetteInputError | null {
  const first = issue.documents[MAX_DOCUMENTS_PER_ISSUE];
  if (!first) return null;
  return new GazetteInputError(
    issue.file,
    first.meta.sourceLines.start,
    `本期识别出 ${issue.documents.length} 篇文件，超过了一期最多 ${MAX_DOCUMENTS_PER_ISSUE} 篇的上限（第 ${MAX_DOCUMENTS_PER_ISSUE + 1} 篇从这一行开始）。`,
    `一期公报通常只有十几篇文件：多半是大量行被误认作了标题、文号或印发行（例如重复粘贴了正文，或目录、表格被拆成了很多行）。请对照 PDF 检查；若本期确实超过 ${MAX_DOCUMENTS_PER_ISSUE} 篇，请联系开发人员。`,
  );
}

/** For each front matter field the schema checks: its name for staff, what it must be, and how to fix it. */
interface FieldRule {
  name: string;
  rule: string;
  fix: string;
}

const PROGRAM_FIELD = '请把这段输出发给开发人员：这一项由文件名和文件中的位置生成，不符合要求是程序的问题。';

const ORGAN_FIX = '请对照 PDF 检查标题中或落款处的发文机关名称是否完整。';

const FIELD_RULES: Record<string, FieldRule> = {
  section: { name: '栏目', rule: '不能为空', fix: '请对照 PDF 检查目录中的栏目名（如【区政府文件】）是否完整。' },
  title: {
    name: '标题',
    rule: '至少要有 2 个字',
    fix: '请对照 PDF 检查这篇文件的标题行是否完整，是否被拆到了别的行或和别的行粘在了一起。',
  },
  organ: { name: '发文机关', rule: '至少要有 2 个字', fix: ORGAN_FIX },
  organs: { name: '发文机关', rule: '每个至少要有 2 个字', fix: ORGAN_FIX },
  docNumber: {
    name: '文号',
    rule: '应形如“济槐政发〔2023〕1号”',
    fix: '请对照 PDF 核对文号：机关代字、六角括号〔〕中的四位年份和“号”字都不能缺。',
  },
  date: { name: '成文日期', rule: '应是一个存在的日期', fix: '请对照 PDF 核对落款处的成文日期。' },
  issuedDate: { name: '印发日期', rule: '应是一个存在的日期', fix: '请对照 PDF 核对“（……印发）”一行的日期。' },
  type: { name: '文种', rule: '不能为空', fix: '请检查标题是否以“通知”“决定”“意见”“讲话”等文种结尾。' },
  addressee: { name: '主送机关', rule: '应是一行文字', fix: '请对照 PDF 检查文号下面的主送机关一行。' },
  speaker: {
    name: '讲话人',
    rule: '职务和姓名都不能为空',
    fix: '请对照 PDF 检查讲话标题下写有讲话人职务和姓名的一行。',
  },
  printedPage: { name: '页码', rule: '应是正整数', fix: '请对照 PDF 检查目录中这篇文件的页码。' },
};

const PROGRAM_FIELDS: Record<string, string> = {
  id: '编号',
  issue: '期号',
  issueTitle: '期名',
  year: '年份',
  issueNumber: '期号',
  order: '序号',
  source: '来源行号',
};

function fieldRule(field: string): FieldRule {
  return FIELD_RULES[field] ?? { name: PROGRAM_FIELDS[field] ?? field, rule: '不符合要求', fix: PROGRAM_FIELD };
}

/** A value as staff may recognise it in the file, shortened when long. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined || text === 'null') return '（空）';
  return `“${text.length > 40 ? `${text.slice(0, 40)}……` : text}”`;
}

/**
 * The metadata the site's schema requires (the build would reject it, in English and without a
 * line number): checked here so that `npm run check` and the build always agree, and explained
 * field by field in the words staff know, with what to do.
 */
function metadataProblems(issue: ConvertedIssue): GazetteInputError[] {
  return issue.documents.flatMap((document) => {
    const frontMatterFields = frontMatter(issue, document);
    const result = documentSchema.safeParse(frontMatterFields);
    if (result.success) return [];
    const { start } = document.meta.sourceLines;
    const fields = [...new Set(result.error.issues.map((problem) => String(problem.path[0])))];
    const rules = fields.map(fieldRule);
    const problems = fields.map(
      (field, index) =>
        `${rules[index]!.name}${shown((frontMatterFields as unknown as Record<string, unknown>)[field])}${rules[index]!.rule}`,
    );
    return [
      new GazetteInputError(
        issue.file,
        start,
        `从第 ${start} 行开始的文件“${document.meta.title}”的元数据不符合网站的要求：${problems.join('；')}。`,
        [...new Set(rules.map((rule) => rule.fix))].join(''),
      ),
    ];
  });
}

export interface ContentCheck {
  /** The issues that converted, in issue order. Publishable only when `errors` is empty. */
  issues: ConvertedIssue[];
  /** Their build reports, in the same order: the journal plus the publishing checks' warnings. */
  reports: IssueReport[];
  /** Every problem found, one per unusable file or entry at most, then the cross-checks. */
  errors: GazetteInputError[];
}

/**
 * Converts and checks every issue file of a content folder, collecting every error instead of
 * stopping at the first, so that staff can fix them all in one go. No Astro, no output written.
 */
export function checkContentFolder(contentDir: string): ContentCheck {
  const { files, errors } = scanContentFolder(contentDir);
  const issues: ConvertedIssue[] = [];
  const reports: IssueReport[] = [];
  for (const name of files) {
    const bytes = readIssueFile(contentDir, name);
    if (bytes instanceof GazetteInputError) {
      errors.push(bytes);
      continue;
    }
    try {
      const issue = convertIssue(name, bytes);
      // Dates are checked on the source lines, which the converter decoded without error.
      const dates = checkDates(name, splitLines(decodeIssueBytes(bytes, name).text));
      issues.push(issue);
      reports.push(issueReport(issue, dates.warnings));
      errors.push(...dates.errors);
    } catch (error) {
      // A converter bug, not a mistake in the file: said as such, and the other files are still checked.
      errors.push(error instanceof GazetteInputError ? error : programFault(name, error));
    }
  }
  errors.push(...crossCheck(issues));
  // Folder problems first, then each issue's problems in issue order and line order.
  const rank = (error: GazetteInputError) => files.indexOf(error.file);
  errors.sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
  return { issues, reports, errors };
}

/** A converter bug met while converting a file: named as the program's fault, without a stack trace. */
export function programFault(file: string, error: unknown): GazetteInputError {
  const detail = error instanceof Error ? error.message : String(error);
  return new GazetteInputError(
    file,
    1,
    `转换 ${file} 时程序出错（${detail}）。这不是文件的问题。`,
    '请把这段输出发给开发人员；其他文件的检查结果照常列出。',
  );
}

export interface IssueReport {
  issue: string;
  title: string;
  file: string;
  documents: { id: string; order: number; title: string; docNumber: string | null; lines: [number, number] }[];
  counts: { documents: number; artefacts: number; repairs: number; warnings: number };
  artefacts: ConvertedIssue['journal']['artefacts'];
  repairs: ConvertedIssue['journal']['repairs'];
  warnings: (ConversionWarning | DateWarning)[];
}

function issueReport(issue: ConvertedIssue, checkWarnings: DateWarning[]): IssueReport {
  const { artefacts, repairs } = issue.journal;
  const warnings = [...issue.journal.warnings, ...checkWarnings].sort((a, b) => a.line - b.line);
  return {
    issue: issue.issue.id,
    title: issue.issue.title,
    file: issue.file,
    documents: issue.documents.map(({ meta }) => ({
      id: documentId(issue.issue.id, meta.order),
      order: meta.order,
      title: meta.title,
      docNumber: meta.docNumber,
      lines: [meta.sourceLines.start, meta.sourceLines.end],
    })),
    counts: {
      documents: issue.documents.length,
      artefacts: artefacts.length,
      repairs: repairs.length,
      warnings: warnings.length,
    },
    artefacts,
    repairs,
    warnings,
  };
}

/** An issue's documents as the data modules (src/data/) read them: front matter and Markdown body. */
export function issueSources(issue: ConvertedIssue): SourceDocument[] {
  return issue.documents.map((document) =>
    sourceDocument(frontMatter(issue, document), bodyToMarkdown(document.blocks)),
  );
}

/**
 * Writes one Markdown file per document and one report per issue, replacing earlier output. Each
 * document's citations are resolved here, against every issue, and written into its front matter.
 */
export function writeGeneratedContent(
  { issues, reports }: ContentCheck,
  documentsDir: string,
  reportsDir: string,
): void {
  const citations = citationsByDocument(issues.flatMap(issueSources));
  rmSync(documentsDir, { recursive: true, force: true });
  rmSync(reportsDir, { recursive: true, force: true });
  mkdirSync(reportsDir, { recursive: true });
  issues.forEach((issue, index) => {
    const folder = join(documentsDir, issue.issue.id);
    mkdirSync(folder, { recursive: true });
    for (const document of issue.documents) {
      const id = documentId(issue.issue.id, document.meta.order);
      writeFileSync(join(folder, `${id}.md`), documentToMarkdown(issue, document, citations.get(id)));
    }
    writeFileSync(join(reportsDir, `${issue.issue.id}.json`), `${JSON.stringify(reports[index], null, 2)}\n`);
  });
}
