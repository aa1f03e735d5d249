/**
 * `npm run check -- --explain content/2021-1.txt:297`: what became of one line of an issue file and
 * which rule decided it — the line as written, the page furniture and markup removed from it, the
 * repairs made, the structural decisions with their rules' reasons, the warnings, and the
 * document and block it ended up in.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { convertIssue, type ConvertedIssue } from '../converter/index.ts';
import { describeRule } from '../converter/structure/registry.ts';

/** `path:line` as given on the command line. */
export function parseExplainTarget(target: string): { path: string; line: number } | null {
  const match = /^(.+):(\d+)$/.exec(target);
  return match ? { path: match[1]!, line: Number(match[2]) } : null;
}

/** The question each family of rules answers about a line. */
const QUESTIONS: Readonly<Record<string, string>> = {
  layout: '这篇文件正文的版面',
  wrap: '这一行是否接着上一印刷行（同一段、同一标题）',
  role: '这一行在正文中的角色',
  join: '这一行是否并入上面的段落',
  block: '从这一行开始的段落成为什么',
  level: '标题的级别',
};

function documentAt(issue: ConvertedIssue, line: number): string {
  const document = issue.documents.find((candidate) => {
    const { start, end } = candidate.meta.sourceLines;
    return line >= start && line <= end;
  });
  return document
    ? `第 ${document.meta.order} 篇“${document.meta.title}”`
    : '不属于任何一篇文件（目录、刊头或文件之间）';
}

/** The explanation of one line, in the words staff and developers read. */
export function explainLine(issue: ConvertedIssue, sourceText: string, line: number): string {
  const { journal } = issue;
  const at = <Entry extends { line: number }>(entries: Entry[]) => entries.filter((entry) => entry.line === line);
  const printed = sourceText.split(/\r\n|\r|\n/)[line - 1];
  const lines = [
    `${issue.file}:${line}  ${printed === undefined ? '（没有这一行）' : JSON.stringify(printed)}`,
    `  所在文件：${documentAt(issue, line)}`,
  ];
  for (const artefact of at(journal.artefacts)) {
    lines.push(`  删除（${artefact.kind}）：${JSON.stringify(artefact.text)}`);
  }
  for (const repair of at(journal.repairs)) {
    lines.push(`  修复（${repair.kind}）：${JSON.stringify(repair.before)} → ${JSON.stringify(repair.after)}`);
  }
  for (const decision of at(journal.decisions)) {
    const why = describeRule(decision.rule);
    const question = QUESTIONS[decision.rule.split('/')[0]!] ?? '';
    lines.push(`  ${question}：${decision.outcome}（规则 ${decision.rule}）${why ? `\n      ${why}` : ''}`);
  }
  for (const warning of at(journal.warnings)) lines.push(`  提醒：${warning.message}`);
  if (lines.length === 2)
    lines.push('  （这一行没有被删除、修复或单独判断：它是空行，或按所在段落的规则并入了上一行。）');
  return lines.join('\n');
}

/** Converts the file named in `target` and explains the line. */
export function explainTarget(target: string): string {
  const parsed = parseExplainTarget(target);
  if (!parsed) return `用法：npm run check -- --explain content/2021-1.txt:297（文件路径、冒号、行号）`;
  const bytes = readFileSync(parsed.path);
  const issue = convertIssue(basename(parsed.path), bytes);
  return explainLine(issue, new TextDecoder().decode(bytes), parsed.line);
}
