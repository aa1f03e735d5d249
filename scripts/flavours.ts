/**
 * `npm run flavours`: typesets archived issues to PDF in several layouts, extracts them with
 * several tools, converts each extraction and prints the matrix issue × layout × tool (documents
 * right, characters kept, blocks identical, the extraction's path). docs/flavours.md explains it.
 *
 *   npm run flavours -- [--issue 2021-4] [--layout official-a4] [--tool pdftotext] [--diff 20]
 *
 * Each option may be repeated. `--diff N` prints the first N differing blocks of every cell that
 * misses a budget. Exits 1 when a cell misses a budget or the converter refuses a variant. Cells
 * that fall below their recorded standing (tests/flavours/standing.ts) are named;
 * `UPDATE_STANDING=1` records the run's figures where they are better.
 */
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/browser.ts';
import { TOOLS } from '../tests/flavours/extract.ts';
import { LAYOUTS } from '../tests/flavours/layouts.ts';
import { archivedIssues, outsideExtractions, runMatrix } from '../tests/flavours/matrix.ts';
import { cellFailures, cellName, cellReport, matrixTable } from '../tests/flavours/report.ts';
import { fallsBelow, raiseStanding, readStanding, standingKey, standingOf } from '../tests/flavours/standing.ts';

const { values } = parseArgs({
  options: {
    issue: { type: 'string', multiple: true },
    layout: { type: 'string', multiple: true },
    tool: { type: 'string', multiple: true },
    diff: { type: 'string', default: '0' },
  },
});

const issues = archivedIssues();
const outsideTools = [...new Set(outsideExtractions(issues).map((variant) => variant.tool))];
const unknown = [
  ...(values.issue ?? []).filter((issue) => !issues.includes(issue)).map((name) => `issue ${name}`),
  ...(values.layout ?? []).filter((name) => !LAYOUTS.some((layout) => layout.name === name)).map((n) => `layout ${n}`),
  ...(values.tool ?? [])
    .filter((name) => !TOOLS.some((tool) => tool.name === name) && !outsideTools.includes(name))
    .map((name) => `tool ${name}`),
];
if (unknown.length > 0) {
  console.error(
    `Unknown ${unknown.join(', ')}.\n  issues: ${issues.join(' ')}\n  layouts: ${LAYOUTS.map((l) => l.name).join(' ')}\n  tools: ${[...TOOLS.map((t) => t.name), ...outsideTools].join(' ')}`,
  );
  process.exit(2);
}

const diffLimit = Number(values.diff);
const browser = await launchChromium();
try {
  const cells = await runMatrix(browser, { issues: values.issue, layouts: values.layout, tools: values.tool }, (cell) =>
    process.stderr.write(`${cellName(cell)}\n`),
  );
  console.log(matrixTable(cells));
  const failing = cells.filter((cell) => cellFailures(cell).length > 0);
  if (diffLimit > 0) {
    for (const cell of failing) console.log(`\n${cellReport(cell, diffLimit, undefined, { withRow: false })}`);
  }
  console.log(`\n${cells.length - failing.length} of ${cells.length} cells within budget.`);
  const standing = readStanding();
  for (const cell of cells) {
    const recorded = standing[standingKey(cell)];
    const falls = recorded ? fallsBelow(standingOf(cell), recorded) : ['no standing recorded'];
    if (falls.length > 0) console.log(`below its standing: ${cellName(cell)}: ${falls.join('; ')}`);
  }
  if (process.env['UPDATE_STANDING']) raiseStanding(cells);
  process.exitCode = failing.length > 0 ? 1 : 0;
} finally {
  await browser.close();
}
