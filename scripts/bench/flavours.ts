/**
 * The whole flavour-invariance matrix: every archived issue × all five layouts × every tool, plus
 * the extractions staff committed (tests/flavours/extractions/), against the budgets of the test
 * (documents right = all, characters kept = 100 %, blocks identical ≥ 98 %). `npm test` runs two
 * of the layouts; this runs all of them (about two minutes from an empty cache, seconds after).
 * As in the test, a cell fails when it falls below its recorded standing
 * (tests/flavours/standing.ts): within budget if it was, no worse on any figure otherwise.
 */
import { runMatrix } from '../../tests/flavours/matrix.ts';
import { cellFailures, cellName, matrixTable } from '../../tests/flavours/report.ts';
import { fallsBelow, readStanding, standingKey, standingOf } from '../../tests/flavours/standing.ts';
import type { Benchmark } from './_types.ts';

const benchmark: Benchmark = {
  name: 'flavours',
  async run({ browser }) {
    const cells = await runMatrix(browser);
    const standing = readStanding();
    const failures = cells.flatMap((cell) => {
      const recorded = standing[standingKey(cell)];
      const falls = recorded ? fallsBelow(standingOf(cell), recorded) : ['no standing recorded'];
      return falls.map((fall) => `${cellName(cell)}: below its standing: ${fall}`);
    });
    const within = cells.filter((cell) => cellFailures(cell).length === 0).length;
    const report = [
      matrixTable(cells),
      '',
      `${within} of ${cells.length} cells within budget; \`npm run flavours -- --diff 20\` shows the differing blocks.`,
    ].join('\n');
    return { report, failures };
  },
};

export default benchmark;
