/**
 * `npm run mutation`: breaks each structural rule of the converter (docs/converter.md) and each
 * 文号 normaliser one at a time, runs the tests that need no built site, and reports which tests
 * catch each mutant. Exits 1 when a mutant survives or is stale. About 15 minutes on two cores.
 *
 *   npm run mutation -- [--only <part of a mutant's name>]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mutantNames, runMutant, unmutatedFailures, type MutantResult } from '../tests/mutation/run.ts';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const names = mutantNames().filter((name) => values.only === undefined || name.includes(values.only));

const baseline = unmutatedFailures();
if (baseline.length > 0) {
  console.error(`Without any mutant these tests already fail; fix them first:\n  ${baseline.join('\n  ')}`);
  process.exit(2);
}

const results: MutantResult[] = [];
for (const name of names) {
  const result = runMutant(name);
  results.push(result);
  const verdict = result.stale
    ? `STALE (${result.stale})`
    : result.caughtBy.length === 0
      ? 'SURVIVED'
      : `caught by ${result.caughtBy.length}: ${result.caughtBy[0]}`;
  console.log(`${name}\n    ${verdict}`);
}

const caught = results.filter((result) => !result.stale && result.caughtBy.length > 0).length;
console.log(`\nMutation score: ${caught}/${results.length} mutants caught.`);
mkdirSync('.cache/mutation', { recursive: true });
writeFileSync('.cache/mutation/report.json', `${JSON.stringify(results, null, 2)}\n`);
process.exitCode = caught === results.length ? 0 : 1;
