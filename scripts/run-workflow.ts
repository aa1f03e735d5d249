/**
 * `npm run workflow`: runs the build job of .github/workflows/deploy.yml on this machine, in a
 * clean clone of the committed HEAD, with scripts/workflow/run.ts (the job's own `run:` commands,
 * in order, `if:` and `${{ }}` evaluated; stand-ins for the actions it uses).
 * Usage: npm run workflow -- [--event push|pull_request] [--pages-url https://owner.github.io/archive]
 *                            [--var NAME=VALUE]… [--skip-step NAME]… [--dry-run] [--keep]
 * A push runs as to main, and configure-pages reports --pages-url (a project page below a folder
 * unless told otherwise); a pull request is one into main. Artifacts are copied to the run's
 * folder, which --keep keeps.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readWorkflow, runJob } from './workflow/run.ts';

const { values } = parseArgs({
  options: {
    event: { type: 'string', default: 'push' },
    'pages-url': { type: 'string', default: 'https://owner.github.io/archive' },
    var: { type: 'string', multiple: true, default: [] },
    'dry-run': { type: 'boolean', default: false },
    'skip-step': { type: 'string', multiple: true, default: [] },
    keep: { type: 'boolean', default: false },
  },
});
if (values.event !== 'push' && values.event !== 'pull_request') throw new Error('--event is push or pull_request');

const folder = mkdtempSync(join(tmpdir(), 'gazette-workflow-'));
const workspace = values['dry-run'] ? process.cwd() : join(folder, 'workspace');
if (!values['dry-run']) {
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', process.cwd(), workspace]);
  execFileSync('git', ['-C', workspace, 'checkout', '--quiet', '--detach', commit]);
  console.log(`Clean clone of ${commit} in ${workspace}`);
}

const outcome = await runJob(readWorkflow('.github/workflows/deploy.yml'), {
  workspace,
  job: 'build',
  event: values.event,
  pagesUrl: values['pages-url'],
  vars: Object.fromEntries(
    values.var.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  ),
  artifacts: join(folder, 'artifacts'),
  dryRun: values['dry-run'],
  skip: values['skip-step'],
});

console.log(`\nJob build (${values.event}):`);
for (const step of outcome.steps)
  console.log(`  ${step.outcome.padEnd(7)} ${step.how.padEnd(8)} ${step.name}: ${step.detail.split('\n')[0]}`);
console.log(`Annotations: ${outcome.annotations.length}`);
for (const annotation of outcome.annotations) console.log(`  ${annotation}`);
if (values.keep) console.log(`Kept: ${folder}`);
else rmSync(folder, { recursive: true, force: true });
process.exitCode = outcome.success ? 0 : 1;
