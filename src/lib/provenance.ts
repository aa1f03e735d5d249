/**
 * The converter's build report of an issue (src/content/generated/reports/*.json, written by
 * src/publish/issues.ts) in words a resident understands, for the coverage and provenance page
 * (/about/). Every kind of removal, repair and warning has its wording here; the records are
 * typed by the converter's own unions, so a new kind fails the type check until it is worded.
 * Pure, so the wording is unit-tested.
 */
import type { ArtefactKind, RepairKind, WarningCode } from '../converter/types.ts';
import type { DateWarning } from '../publish/dates.ts';
import type { IssueReport } from '../publish/issues.ts';

/** What was removed: not the gazette's text, but traces of the PDF and of the text extraction. */
const ARTEFACTS: Record<ArtefactKind, string> = {
  'page-break': '分页符',
  'page-number': '页码',
  'running-header': '页眉（每页顶部的刊名和期次）',
  'separator-line': '分隔线',
  'table-of-contents': '目录页（本站另有目录）',
  'extractor-markup': '提取软件留下的标记符号',
  'html-tag': '提取软件留下的网页代码',
  'repeated-table-header': '表格跨页时重复印出的表头',
  'table-rule': '表格的框线字符',
};

/** What was repaired without changing any word. */
const REPAIRS: Record<RepairKind, string> = {
  'joined-lines': '把因印刷换行而断开的句子接回一行',
  'moved-fragment': '把提取时错位的文字片段放回原处',
  'removed-space': '删除字与字之间多出的空格',
  'widened-punctuation': '把半角标点改为印刷版的全角标点',
  'traditional-character': '把提取成繁体或异体的字改回印刷版的简体字',
  'full-width-digit': '把全角数字改为常用数字',
  'encoded-character': '把提取时编码错误的字符改回原字',
  'middle-dot': '统一间隔号“·”的写法',
  'unescaped-character': '去掉提取时多出的转义符号',
  'spaces-as-columns': '按空格对齐的表格重建为表格',
  'layout-as-columns': '按版面对齐的表格重建为表格',
  'lines-as-columns': '逐行排列的表格重建为表格',
  'pipes-as-columns': '用竖线分隔的表格重建为表格',
  'html-table-as-columns': '网页代码形式的表格重建为表格',
  'columns-in-reading-order': '把双栏排版的页面按阅读顺序排列',
  'invisible-character': '删除提取时混入的不可见控制字符（如零宽字符、文字方向控制符）',
};

/** What a reader should check against the printed edition. */
const WARNINGS: Record<WarningCode | DateWarning['code'], string> = {
  'doubled-at-break': '换页处有文字前后重复，可能是提取时重复；原文保留',
  'page-number-in-line': '正文中夹有疑似页码的数字，已删除',
  'uncertain-table': '表格结构不确定，按原样保留',
  'uncertain-structure': '段落或标题的划分不确定',
  'suspicious-latin-word': '中文句中夹有英文单词，可能是提取错误；原文保留',
  'toc-mismatch': '目录与正文不完全一致',
  'toc-pages-unpaired': '目录中的页码无法与文件一一对应，未显示页码',
  'table-ragged-row': '表格中有一行的格数与其他行不同',
  'table-continuation-row': '表格跨页处的续行已并入上一行',
  'signature-date-differs': '落款日期与其他日期不一致',
  'impossible-date': '正文中有日历上不存在的日期，按原样保留',
  'paragraph-too-long': '一段文字超过一万字，从中分为两段；文字没有删改',
};

export interface CountedWords {
  words: string;
  count: number;
}

export interface NotedWarning {
  words: string;
  /** The document the line belongs to (its order in the issue), or null for the issue's own pages. */
  order: number | null;
  title: string | null;
}

export interface IssueProvenance {
  issue: string;
  title: string;
  documents: number;
  removed: CountedWords[];
  repaired: CountedWords[];
  warnings: NotedWarning[];
}

/** Kinds with their counts, most frequent first (ties in the wording table's order). */
function counted<K extends string>(kinds: K[], words: Record<K, string>): CountedWords[] {
  const order = Object.keys(words) as K[];
  const counts = new Map<K, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || order.indexOf(a) - order.indexOf(b))
    .map(([kind, count]) => ({ words: words[kind], count }));
}

export function issueProvenance(report: IssueReport): IssueProvenance {
  return {
    issue: report.issue,
    title: report.title,
    documents: report.documents.length,
    removed: counted(
      report.artefacts.map((artefact) => artefact.kind),
      ARTEFACTS,
    ),
    repaired: counted(
      report.repairs.map((repair) => repair.kind),
      REPAIRS,
    ),
    warnings: report.warnings.map((warning) => {
      const document = report.documents.find(({ lines: [start, end] }) => warning.line >= start && warning.line <= end);
      return { words: WARNINGS[warning.code], order: document?.order ?? null, title: document?.title ?? null };
    }),
  };
}
