/**
 * Runs mutants against the tests that need no built site (tests/mutation/vitest.config.ts) and
 * reports which tests catch each. A rule mutant breaks one structural rule through a Vitest setup
 * file; a source mutant edits one piece of source in a copy of the project.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BREAKABLE_RULES } from './rules.ts';
import { SOURCE_MUTANTS, type SourceMutant } from './source-mutants.ts';

export interface MutantResult {
  name: string;
  kind: 'rule' | 'source';
  /** Full names of the tests that failed with the mutant in place; empty when it survived. */
  caughtBy: string[];
  /** Set when the mutant could not be run (a source piece not found once). */
  stale?: string;
}

/** What the JSON reporter of Vitest writes, as far as it is read here. */
interface VitestJson {
  testResults: { assertionResults: { fullName: string; status: string }[]; status: string; message?: string }[];
}

const CONFIG = 'tests/mutation/vitest.config.ts';
/** What a copy of the project needs to run those tests (the CLI tests run scripts/, the explain test reads docs/). */
const PROJECT_FILES = [
  'src',
  'tests',
  'content',
  'scripts',
  'docs',
  'package.json',
  'tsconfig.json',
  'astro.config.mjs',
];

/** Runs the mutation tests in `root` with `env`; returns the failed tests' names. */
function failingTests(root: string, env: NodeJS.ProcessEnv): string[] {
  const output = join(mkdtempSync(join(tmpdir(), 'mutation-report-')), 'report.json');
  spawnSync(
    join(root, 'node_modules', '.bin', 'vitest'),
    ['run', '--config', CONFIG, '--reporter=json', `--outputFile=${output}`],
    {
      cwd: root,
      env: { ...process.env, ...env, CI: '' },
      stdio: 'ignore',
    },
  );
  const report = JSON.parse(readFileSync(output, 'utf8')) as VitestJson;
  return report.testResults.flatMap((file) => {
    const failed = file.assertionResults.filter((test) => test.status === 'failed').map((test) => test.fullName);
    // A file that fails to load (the mutant broke an import) fails as a whole.
    return failed.length === 0 && file.status === 'failed' ? [file.message ?? 'a test file failed to load'] : failed;
  });
}

export function runRuleMutant(name: string, root = process.cwd()): MutantResult {
  return { name, kind: 'rule', caughtBy: failingTests(root, { MUTANT_RULE: name }) };
}

/** Runs the tests in a fresh copy of the project, after `edit` has changed the copy. */
function failingTestsInCopy(root: string, edit: (copy: string) => void): string[] {
  const copy = mkdtempSync(join(tmpdir(), 'mutant-'));
  try {
    for (const entry of PROJECT_FILES) cpSync(join(root, entry), join(copy, entry), { recursive: true });
    symlinkSync(resolve(root, 'node_modules'), join(copy, 'node_modules'));
    edit(copy);
    return failingTests(copy, {});
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

export function runSourceMutant(mutant: SourceMutant, root = process.cwd()): MutantResult {
  const source = readFileSync(join(root, mutant.file), 'utf8');
  const occurrences = source.split(mutant.find).length - 1;
  if (occurrences !== 1) {
    return { name: mutant.name, kind: 'source', caughtBy: [], stale: `found ${occurrences}× in ${mutant.file}` };
  }
  const caughtBy = failingTestsInCopy(root, (copy) =>
    writeFileSync(join(copy, mutant.file), source.replace(mutant.find, mutant.replace)),
  );
  return { name: mutant.name, kind: 'source', caughtBy };
}

/** Every mutant's name, rule mutants first. */
export function mutantNames(): string[] {
  return [...BREAKABLE_RULES.map((rule) => rule.name), ...SOURCE_MUTANTS.map((mutant) => mutant.name)];
}

export function runMutant(name: string, root = process.cwd()): MutantResult {
  const source = SOURCE_MUTANTS.find((mutant) => mutant.name === name);
  return source ? runSourceMutant(source, root) : runRuleMutant(name, root);
}

/**
 * The baselines: with no mutant, no test may fail, in the project or in a copy of it (where source
 * mutants run), or every result would mean nothing.
 */
export function unmutatedFailures(root = process.cwd()): string[] {
  return [...failingTests(root, {}), ...failingTestsInCopy(root, () => undefined).map((name) => `in a copy: ${name}`)];
}
