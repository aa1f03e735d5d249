/**
 * Everything between the issue files staff commit and the generated content collections:
 * which files count as issues, converting them, the checks a single file cannot make (dates,
 * completeness, the site's schema, duplicates across issues), and the outputs (Markdown per
 * document, a build report per issue). No Astro here: `npm run check`, the build and the tests
 * all call checkContentFolder.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertIssue, GazetteInputError, type ConversionWarning, type ConvertedIssue } from '../converter/index.ts';
import { decodeIssueBytes, ISSUE_FILE_NAME, splitLines } from '../converter/read/index.ts';
import { matchStatisticsTitle, matchTocPage } from '../vocabulary/index.ts';
import { bodyToMarkdown, documentId, documentToMarkdown, frontMatter } from '../converter/emit/index.ts';
import { documentSchema } from '../lib/document-schema.ts';
import { citationsByDocument } from '../data/citations.ts';
import type { SourceDocument } from '../data/source.ts';
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

/** The issue files of a content folder in issue order, and an error for every other entry. */
function scanContentFolder(contentDir: string): { files: string[]; errors: GazetteInputError[] } {
  const names = readdirSync(contentDir)
    .filter((name) => !ALLOWED_EXTRA_FILES.has(name))
    .sort();
  const files = names.filter((name) => ISSUE_FILE_NAME.test(name) && statSync(join(contentDir, name)).isFile());
  const errors = names.filter((name) => !files.includes(name)).map((name) => unexpectedEntry(contentDir, name, files));
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

function unexpectedEntry(contentDir: string, name: string, issueFiles: string[]): GazetteInputError {
  if (statSync(join(contentDir, name)).isDirectory()) {
    return new GazetteInputError(
      name,
      1,
      `内容文件夹里有一个子文件夹“${name}”。`,
      '公报文件必须直接放在 content/ 里，不能放进子文件夹；请把它移出或删除。',
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
    errors.push(...metadataProblems(issue));
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

/** The names staff know the front matter's fields by. */
const FIELD_NAMES: Record<string, string> = {
  id: '编号',
  order: '序号',
  section: '栏目',
  title: '标题',
  organ: '发文机关',
  organs: '发文机关',
  docNumber: '文号',
  date: '成文日期',
  issuedDate: '印发日期',
  type: '文种',
  addressee: '主送机关',
  printedPage: '页码',
};

/**
 * The metadata the site's schema requires (the build would reject it, in English and without a
 * line number): checked here so that `npm run check` and the build always agree.
 */
function metadataProblems(issue: ConvertedIssue): GazetteInputError[] {
  return issue.documents.flatMap((document) => {
    const result = documentSchema.safeParse(frontMatter(issue, document));
    if (result.success) return [];
    const { start } = document.meta.sourceLines;
    const fields = result.error.issues
      .map(
        (problem) => `${FIELD_NAMES[String(problem.path[0])] ?? '其他'}：${problem.path.join('.')} ${problem.message}`,
      )
      .join('；');
    return [
      new GazetteInputError(
        issue.file,
        start,
        `从第 ${start} 行开始的文件“${document.meta.title}”的元数据不符合网站的要求（${fields}）。`,
        '多半是这篇文件开头几行（标题、文号）没有被正确识别：请对照 PDF 检查格式；若格式无误，请把这段输出发给开发人员。',
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
    const bytes = readFileSync(join(contentDir, name));
    try {
      const issue = convertIssue(name, bytes);
      // Dates are checked on the source lines, which the converter decoded without error.
      const dates = checkDates(name, splitLines(decodeIssueBytes(bytes, name).text));
      issues.push(issue);
      reports.push(issueReport(issue, dates.warnings));
      errors.push(...dates.errors);
    } catch (error) {
      if (error instanceof GazetteInputError) errors.push(error);
      // A converter bug, not a mistake in the file: stop, but say which file and whom to ask.
      else throw new Error(`转换 ${name} 时程序出错。这不是文件的问题，请把这段输出发给开发人员。`, { cause: error });
    }
  }
  errors.push(...crossCheck(issues));
  // Folder problems first, then each issue's problems in issue order and line order.
  const rank = (error: GazetteInputError) => files.indexOf(error.file);
  errors.sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
  return { issues, reports, errors };
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
  return issue.documents.map((document) => {
    const data = frontMatter(issue, document);
    return {
      id: data.id,
      issue: data.issue,
      issueTitle: data.issueTitle,
      year: data.year,
      issueNumber: data.issueNumber,
      order: data.order,
      title: data.title,
      docNumber: data.docNumber,
      date: data.date,
      body: bodyToMarkdown(document.blocks),
    };
  });
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
