/**
 * Everything between the issue files staff commit and the generated content collections:
 * which files count as issues, converting them, cross-checks between issues, and the outputs
 * (Markdown per document, a build report per issue). No Astro here; tests call it directly.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertIssue, GazetteInputError, type ConvertedIssue } from '../converter/index.ts';
import { ISSUE_FILE_NAME } from '../converter/read/index.ts';
import { matchStatisticsTitle } from '../converter/detect/index.ts';
import { documentId, documentToMarkdown } from '../converter/emit/index.ts';

/** Files that may sit in the content folder beside the issues. */
const ALLOWED_EXTRA_FILES = new Set(['README.md', '.gitkeep']);

/** The issue files of a content folder, in issue order; anything unexpected is an error. */
export function listIssueFiles(contentDir: string): string[] {
  const names = readdirSync(contentDir).filter((name) => !ALLOWED_EXTRA_FILES.has(name));
  for (const name of names) {
    if (!ISSUE_FILE_NAME.test(name)) {
      throw new GazetteInputError(
        name,
        1,
        `内容文件夹里有一个不认识的文件“${name}”。`,
        '公报文件必须命名为“年份-期号.txt”（如 2023-1.txt）；其他文件请移出 content/ 文件夹。',
      );
    }
  }
  return names.sort((a, b) => issueOrder(a) - issueOrder(b));
}

function issueOrder(name: string): number {
  const match = ISSUE_FILE_NAME.exec(name)!;
  return Number(match[1]) * 10 + Number(match[2]);
}

/**
 * Checks that need the issue as a whole or several issues: the statistics period must match
 * the issue number (issue N covers months 1 to 3N), and a 文号 belongs to one document only.
 */
export function crossCheck(issues: ConvertedIssue[]): void {
  const seenNumbers = new Map<string, string>();
  for (const issue of issues) {
    for (const document of issue.documents) {
      const { meta } = document;
      if (meta.type === '统计数据') {
        const period = matchStatisticsTitle(meta.title);
        if (period && (period.year !== issue.issue.year || period.endMonth !== issue.issue.number * 3)) {
          throw new GazetteInputError(
            issue.file,
            meta.sourceLines.start,
            `统计数据的期间是 ${period.year}年1-${period.endMonth}月，但 ${issue.issue.title} 应为 ${issue.issue.year}年1-${issue.issue.number * 3}月。`,
            '第N期公报刊登1至3N月的数据。请核对文件名中的年份、期号是否写错，或统计表标题是否复制自别的一期。',
          );
        }
      }
      if (meta.docNumber) {
        const where = `${issue.file} 第 ${meta.sourceLines.start} 行`;
        const previous = seenNumbers.get(meta.docNumber);
        if (previous) {
          throw new GazetteInputError(
            issue.file,
            meta.sourceLines.start,
            `文号 ${meta.docNumber} 已出现在 ${previous}，同一文号不能属于两篇文件。`,
            '请核对两处文号是否有一处抄错；若同一文件被重复放进了两期，请从其中一期删除。',
          );
        }
        seenNumbers.set(meta.docNumber, where);
      }
    }
  }
}

export function convertContentFolder(contentDir: string): ConvertedIssue[] {
  const issues = listIssueFiles(contentDir).map((name) => convertIssue(name, readFileSync(join(contentDir, name))));
  crossCheck(issues);
  return issues;
}

export interface IssueReport {
  issue: string;
  title: string;
  file: string;
  documents: { id: string; order: number; title: string; docNumber: string | null; lines: [number, number] }[];
  counts: { documents: number; artefacts: number; repairs: number; warnings: number };
  artefacts: ConvertedIssue['journal']['artefacts'];
  repairs: ConvertedIssue['journal']['repairs'];
  warnings: ConvertedIssue['journal']['warnings'];
}

export function issueReport(issue: ConvertedIssue): IssueReport {
  const { artefacts, repairs, warnings } = issue.journal;
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
    counts: { documents: issue.documents.length, artefacts: artefacts.length, repairs: repairs.length, warnings: warnings.length },
    artefacts,
    repairs,
    warnings,
  };
}

/** Writes one Markdown file per document and one report per issue, replacing earlier output. */
export function writeGeneratedContent(issues: ConvertedIssue[], documentsDir: string, reportsDir: string): void {
  rmSync(documentsDir, { recursive: true, force: true });
  rmSync(reportsDir, { recursive: true, force: true });
  mkdirSync(reportsDir, { recursive: true });
  for (const issue of issues) {
    const folder = join(documentsDir, issue.issue.id);
    mkdirSync(folder, { recursive: true });
    for (const document of issue.documents) {
      writeFileSync(join(folder, `${documentId(issue.issue.id, document.meta.order)}.md`), documentToMarkdown(issue, document));
    }
    writeFileSync(join(reportsDir, `${issue.issue.id}.json`), `${JSON.stringify(issueReport(issue), null, 2)}\n`);
  }
}

/** The report as staff read it in the console. */
export function formatReport(report: IssueReport): string {
  const lines = [
    `${report.title}（${report.file}）：${report.counts.documents} 篇文件，删除提取痕迹 ${report.counts.artefacts} 处，修复 ${report.counts.repairs} 处，提醒 ${report.counts.warnings} 条`,
  ];
  for (const warning of report.warnings) lines.push(`  ${report.file}:${warning.line}: 提醒：${warning.message}`);
  return lines.join('\n');
}
