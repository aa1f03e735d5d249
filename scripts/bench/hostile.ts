/**
 * Hostile and huge issue files (issue 15): for each input shape that once made the converter
 * super-linear, the time `npm run check` takes on a content folder holding one such issue at size
 * n and 2n, and the doubling ratio, which must stay within 2.3 (linear growth, with room for
 * noise), measured in CPU time. Also a 1 MB single line, which is refused at once, and 10,000 tiny documents, which are
 * converted in full and then refused by the cap on documents per issue. Each size is timed, after
 * one untimed run, as the fastest of a few runs, so that neither compiling the code nor another
 * process on the machine passes for growth.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentFolder } from '../../src/publish/issues.ts';
import { issueText, notice, statistics } from '../../tests/publish/support/issue-files.ts';
import { table } from './_types.ts';
import type { Benchmark } from './_types.ts';

/** The doubling ratio within which growth counts as linear. */
const MAX_DOUBLING_RATIO = 2.3;

interface Shape {
  name: string;
  /** What n counts, for the report. */
  unit: string;
  n: number;
  /** The text of issue 2021-4 at size n. */
  issue(n: number): string;
  /** Runs per size; the fastest counts. */
  runs: number;
}

const VALID_ISSUE = issueText(2021, 4);
const LINES = 20;

/** `lines` copies of a line, each a paragraph of its own, before a valid issue. */
const repeatedLines = (line: string) => `${Array.from({ length: LINES }, () => line).join('\n\n')}\n\n${VALID_ISSUE}`;

/** A sentence of running text with the characters the repairs look at: brackets, half-width punctuation, spaces. */
const SENTENCE = '区政府决定（一）加强 组织 领导, 依托“委员会”开展工作; 落实[责任]制度 ';
const textOfLength = (length: number) => SENTENCE.repeat(Math.ceil(length / SENTENCE.length)).slice(0, length);

/** n tiny documents listed in a 目录 whose entries wrap onto a second line. */
function tinyDocuments(n: number): string {
  const toc = ['目录', '【人事任免】'];
  const documents: string[] = [];
  for (let index = 1; index <= n; index += 1) {
    toc.push('济南市槐荫区人民政府 关于免去张戈', `职务的通知（济槐政任〔2021〕${index}号）…………${index}`);
    documents.push(
      notice({ number: index, year: 2021, signed: '2021年12月2日', issued: '2021年12月2日', person: '张戈' }),
    );
  }
  toc.push('【统计数据】', `2021年1-12月全区主要经济指标完成情况…………${n + 1}`);
  return [...toc, '', ...documents, statistics(2021, 12)].join('\n');
}

const SHAPES: Shape[] = [
  {
    name: '目录 section label: 【, spaces, x',
    unit: 'characters a line',
    n: 4_000,
    issue: (n) =>
      `目录\n${Array.from({ length: LINES }, () => `【${' '.repeat(n - 2)}x`).join('\n')}\n\n${VALID_ISSUE}`,
    runs: 3,
  },
  {
    name: '目录 entry with dot leaders, no page',
    unit: 'characters a line',
    n: 4_000,
    issue: (n) =>
      `目录\n${Array.from({ length: LINES }, () => `关于印发方案的通知${'.'.repeat(n - 10)}x`).join('\n')}\n\n${VALID_ISSUE}`,
    runs: 3,
  },
  {
    name: 'a line of paragraph text',
    unit: 'characters a line',
    n: 4_500,
    issue: (n) => repeatedLines(textOfLength(n)),
    runs: 3,
  },
  {
    name: 'one paragraph hard-wrapped over n lines',
    unit: 'lines',
    n: 6_000,
    issue: (n) =>
      VALID_ISSUE.replace(
        '区政府决定，免去：',
        Array.from({ length: n }, (_, index) => textOfLength(30 + (index % 3))).join('\n'),
      ),
    runs: 3,
  },
  { name: 'tiny documents, wrapped 目录', unit: 'documents', n: 5_000, issue: tinyDocuments, runs: 2 },
  {
    name: 'a single line of 1 MB',
    unit: 'MB',
    n: 1,
    issue: (n) => `${textOfLength(n * 1024 * 512)}\n\n${VALID_ISSUE}`,
    runs: 9,
  },
];

/**
 * CPU milliseconds `npm run check` takes on a content folder holding just this issue (CPU time, not
 * wall time: other processes on the machine do not count), and its outcome.
 */
function timeCheck(text: string, runs: number): { ms: number; outcome: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-hostile-'));
  try {
    writeFileSync(join(dir, '2021-4.txt'), text);
    let ms = Infinity;
    let outcome = '';
    // One run first, untimed, so that compiling the converter's code is not counted as growth.
    checkContentFolder(dir);
    for (let run = 0; run < runs; run += 1) {
      const start = process.cpuUsage();
      const check = checkContentFolder(dir);
      const used = process.cpuUsage(start);
      ms = Math.min(ms, (used.user + used.system) / 1000);
      const first = check.errors[0];
      outcome = first
        ? `refused: ${first.message.slice(0, 28)}…`
        : `passes (${check.issues[0]!.documents.length} documents)`;
    }
    return { ms, outcome };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const benchmark: Benchmark = {
  name: 'hostile',
  async run() {
    const rows: (string | number)[][] = [];
    const failures: string[] = [];
    for (const shape of SHAPES) {
      const small = timeCheck(shape.issue(shape.n), shape.runs);
      const large = timeCheck(shape.issue(shape.n * 2), shape.runs);
      const ratio = large.ms / small.ms;
      rows.push([
        shape.name,
        `${shape.n.toLocaleString('en')} ${shape.unit}`,
        small.ms.toFixed(0),
        large.ms.toFixed(0),
        ratio.toFixed(2),
        large.outcome,
      ]);
      if (ratio > MAX_DOUBLING_RATIO)
        failures.push(
          `${shape.name}: doubling the input multiplied the time by ${ratio.toFixed(2)} (budget ${MAX_DOUBLING_RATIO}).`,
        );
    }
    const report = [
      table(['shape', 'n', 'ms at n', 'ms at 2n', 'ratio', 'outcome at 2n'], rows),
      '',
      `Budget: doubling ratio ≤ ${MAX_DOUBLING_RATIO} for every shape (linear growth).`,
    ].join('\n');
    return { report, failures };
  },
};

export default benchmark;
