/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (each default-exports a
 * Benchmark; `_`-prefixed files are shared code) against the built site in dist/, prints their
 * reports and exits non-zero when any budget is exceeded. `npm run bench -- pages` runs one.
 * Benchmarks are not tests: they measure, so they run on demand and in CI after `npm test`
 * (.github/workflows/deploy.yml), not in `npm test`. A benchmark that throws fails the run too.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Benchmark } from './bench/_types.ts';
import { launchChromium, serveStatic } from '../tests/support/browser.ts';
import { staleDist } from '../tests/support/site.ts';

const folder = join(import.meta.dirname, 'bench');
const wanted = process.argv.slice(2);

// Budgets are checked on the site as the current code and content build it, never on an old one.
const stale = staleDist();
if (stale) {
  console.error(`${stale}: run \`npm run build:local\` first.`);
  process.exit(1);
}

const benchmarks: Benchmark[] = [];
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.ts') && !name.startsWith('_'))
  .sort()) {
  const module = (await import(pathToFileURL(join(folder, file)).href)) as { default: Benchmark };
  if (wanted.length === 0 || wanted.includes(module.default.name)) benchmarks.push(module.default);
}
if (benchmarks.length === 0) {
  console.error(`No benchmark named ${wanted.join(', ')} in scripts/bench/.`);
  process.exit(1);
}

const server = await serveStatic();
const browser = await launchChromium();
let failed = false;
try {
  for (const benchmark of benchmarks) {
    const { report, failures } = await benchmark.run({ server, browser });
    console.log(`\n## ${benchmark.name}\n\n${report}`);
    for (const failure of failures) console.error(`FAILED: ${failure}`);
    console.log(
      failures.length === 0
        ? `${benchmark.name}: within budget.`
        : `${benchmark.name}: ${failures.length} failed (budgets exceeded, or measurements that could not be made).`,
    );
    failed ||= failures.length > 0;
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
