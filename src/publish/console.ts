/**
 * What staff read in the terminal or the CI log when they check or build: per issue a one-line
 * summary with its warnings, then every error as `file:line:column`, a Chinese explanation and a
 * hint. In GitHub Actions the errors are repeated as workflow annotations, so that someone who
 * committed through the web interface sees them on the run's summary page without reading logs,
 * and on a pull request beside the lines of the issue file it changes.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { GazetteInputError } from '../converter/index.ts';
import type { ContentCheck, IssueReport } from './issues.ts';

export interface ConsoleOptions {
  /** How to name an issue file (`2021-4.txt`) so that editors and CI logs can open it. */
  pathOf: (file: string) => string;
  /** Also print GitHub Actions `::error` / `::warning` commands. */
  githubAnnotations: boolean;
  /**
   * The files (named as pathOf names them) whose warnings become annotations, or null for every
   * file. Errors are always annotated. A pull request names the issue files it changes: GitHub
   * shows ten warning annotations per step, and those of the issues already published would
   * crowd out the new issue's.
   */
  annotatedFiles: ReadonlySet<string> | null;
}

/** Escapes text for a GitHub Actions workflow command (message part, or property value). */
function escapeCommand(text: string, property = false): string {
  const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

function annotation(
  level: 'error' | 'warning',
  path: string,
  line: number,
  column: number | null,
  message: string,
): string {
  const where = [
    `file=${escapeCommand(path, true)}`,
    `line=${line}`,
    ...(column === null ? [] : [`col=${column}`]),
  ].join(',');
  return `::${level} ${where},title=${escapeCommand('公报检查', true)}::${escapeCommand(message)}`;
}

function formatError(error: GazetteInputError, options: ConsoleOptions): string {
  const path = options.pathOf(error.file);
  const text = error.format(path);
  return options.githubAnnotations
    ? `${text}\n${annotation('error', path, error.line, error.column, `${error.message}\n提示：${error.hint}`)}`
    : text;
}

/** One issue's summary line and its warnings; warnings carry a line but no column. */
export function formatReport(report: IssueReport, options: ConsoleOptions): string {
  const path = options.pathOf(report.file);
  const lines = [
    `${report.title}（${path}）：${report.counts.documents} 篇文件，删除提取痕迹 ${report.counts.artefacts} 处，修复 ${report.counts.repairs} 处，提醒 ${report.counts.warnings} 条`,
  ];
  for (const warning of report.warnings) {
    lines.push(`  ${path}:${warning.line}: 提醒：${warning.message}`);
    if (options.githubAnnotations && (options.annotatedFiles?.has(path) ?? true))
      lines.push(annotation('warning', path, warning.line, null, warning.message));
  }
  return lines.join('\n');
}

/** The whole result of checking a content folder, ending with a verdict staff can act on. */
export function formatCheck(check: ContentCheck, options: ConsoleOptions): string {
  const parts = check.reports.map((report) => formatReport(report, options));
  parts.push(...check.errors.map((error) => formatError(error, options)));
  const warnings = check.reports.reduce((sum, report) => sum + report.counts.warnings, 0);
  const documents = check.reports.reduce((sum, report) => sum + report.counts.documents, 0);
  parts.push(
    check.errors.length > 0
      ? `检查未通过：${check.errors.length} 个错误。有错误时网站不会构建和发布；请按“提示”改正后重新运行 npm run check。`
      : `检查通过：${check.reports.length} 期公报、${documents} 篇文件可以发布。${warnings > 0 ? `${warnings} 条提醒不影响发布，但请对照 PDF 核对。` : ''}`,
  );
  return parts.join('\n');
}

/**
 * Options for the command-line scripts: files named relative to the working directory when they
 * are inside it (`content/2021-4.txt`), annotations when running in GitHub Actions, warnings
 * annotated only on the files GAZETTE_ANNOTATE_FILES lists (separated by white space) when it is set.
 */
export function consoleOptionsFor(contentDir: string): ConsoleOptions {
  return {
    pathOf: (file) => {
      const path = relative(process.cwd(), resolve(contentDir, file));
      return path.startsWith('..') || isAbsolute(path) ? resolve(contentDir, file) : path;
    },
    githubAnnotations: process.env.GITHUB_ACTIONS === 'true',
    annotatedFiles: annotatedFiles(process.env.GAZETTE_ANNOTATE_FILES),
  };
}

function annotatedFiles(list: string | undefined): ReadonlySet<string> | null {
  return list === undefined ? null : new Set(list.split(/\s+/).filter(Boolean));
}

/**
 * What staff read when the program itself fails (a bug, a disk that cannot be written): what
 * happened in one line and whom to tell, never a stack trace. GAZETTE_DEBUG=1 adds the stack
 * for the developers.
 */
export function formatCrash(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const stack = process.env.GAZETTE_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
  return `程序出错：${detail}\n  提示：这不是公报文件的问题。请把这段输出发给开发人员（开发人员可设置 GAZETTE_DEBUG=1 重新运行以查看详细信息）。${stack}`;
}
