/**
 * Runs one job of a GitHub Actions workflow on this machine, the way the hosted runner would as
 * far as one machine can: its steps in order, each `run:` with bash in the workspace, with the
 * step's `env:`, `if:` conditions and `${{ }}` expressions evaluated by GitHub's own expression
 * library, GITHUB_ENV and GITHUB_OUTPUT carried from step to step, and the workflow commands a
 * step prints (`::error file=…`) collected as the run's annotations. The first failing step ends
 * the job, as `if:` without a status function means on GitHub. The actions a job `uses:` are
 * replaced by stand-ins (STAND_INS); any other action stops the run.
 *
 * What cannot be reproduced: the job's container image (the job runs on this machine, which is
 * Debian like the image), GitHub's own services (Pages, artifact storage) and secrets.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { condition, interpolate, type Contexts } from './expressions.ts';

export interface WorkflowStep {
  id?: string;
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

export interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { if?: string; needs?: string; env?: Record<string, string>; steps: WorkflowStep[] }>;
}

export interface RunOptions {
  /** The checkout: a clean clone of the commit under test. */
  workspace: string;
  job: string;
  event: 'push' | 'pull_request';
  /** For pull_request: the branch it would merge into. */
  baseRef?: string;
  /** The repository variables (`vars.…`). */
  vars?: Record<string, string>;
  /** What configure-pages would report as the site's address (`https://owner.github.io/archive`). */
  pagesUrl?: string;
  /** Where uploaded artifacts are copied to. */
  artifacts: string;
  /** Plan only: evaluate every `if:` as if each step before succeeded, run nothing. */
  dryRun?: boolean;
  /** Names of steps not to run (reported as skipped on request), to run the rest of a job whose step fails for a known reason. */
  skip?: string[];
  /** Where the steps' output goes. */
  write?: (text: string) => void;
}

export interface StepOutcome {
  name: string;
  /** `run` ran with bash; `stand-in` was done locally in an action's stead; `skipped` by its `if:`. */
  how: 'run' | 'stand-in' | 'skipped' | 'planned';
  outcome: 'success' | 'failure' | 'skipped';
  /** For a run step: the command as it ran, expressions replaced. For a stand-in: what it did. */
  detail: string;
}

export interface JobOutcome {
  steps: StepOutcome[];
  /** Workflow commands the steps printed, as GitHub would show them on the run. */
  annotations: string[];
  success: boolean;
}

export function readWorkflow(path: string): Workflow {
  return parse(readFileSync(path, 'utf8')) as Workflow;
}

interface StepState {
  outcome: string;
  conclusion: string;
  outputs: Record<string, string>;
}

type StandIn = (
  step: WorkflowStep,
  options: RunOptions,
  inputs: Record<string, string>,
) => {
  outputs: Record<string, string>;
  detail: string;
};

/** The actions the workflows of this project use, done locally. */
const STAND_INS: Record<string, StandIn> = {
  'actions/checkout': (_, options) => ({ outputs: {}, detail: `the workspace is a clean clone: ${options.workspace}` }),
  'actions/configure-pages': (_, options) => {
    if (!options.pagesUrl) throw new Error('configure-pages needs the Pages address (--pages-url)');
    const url = new URL(options.pagesUrl);
    const basePath = url.pathname.replace(/\/$/, '');
    return {
      outputs: { base_url: `${url.origin}${basePath}`, origin: url.origin, host: url.host, base_path: basePath },
      detail: `Pages address ${url.origin}${basePath}`,
    };
  },
  'actions/upload-artifact': (_, options, inputs) => upload(options, inputs.name ?? 'artifact', inputs.path),
  'actions/upload-pages-artifact': (_, options, inputs) =>
    upload(options, inputs.name ?? 'github-pages', inputs.path ?? '_site'),
};

function upload(options: RunOptions, name: string, path: string | undefined) {
  if (!path) throw new Error(`upload of ${name}: no path`);
  const source = resolve(options.workspace, path);
  if (!existsSync(source) || readdirSync(source).length === 0)
    throw new Error(`upload of ${name}: ${path} is missing or empty`);
  const target = join(options.artifacts, name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(options.artifacts, { recursive: true });
  cpSync(source, target, { recursive: true });
  return { outputs: {}, detail: `${path} (${readdirSync(source).length} entries) copied to ${target}` };
}

/** KEY=VALUE lines, and KEY<<DELIMITER blocks, as GitHub reads GITHUB_ENV and GITHUB_OUTPUT. */
export function readKeyValueFile(path: string): Record<string, string> {
  const values: Record<string, string> = {};
  if (!existsSync(path)) return values;
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2]!, index + 1);
      if (end === -1) throw new Error(`${path}: ${block[1]} is not closed by ${block[2]}`);
      values[block[1]!] = lines.slice(index + 1, end).join('\n');
      index = end;
    } else if (line.includes('=')) values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return values;
}

function runBash(script: string, cwd: string, env: NodeJS.ProcessEnv, write: (text: string) => void) {
  return new Promise<{ status: number | null; output: string }>((done) => {
    const child = spawn('bash', ['-e', '-c', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      write(chunk.toString());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('close', (status) => done({ status, output }));
  });
}

export async function runJob(workflow: Workflow, options: RunOptions): Promise<JobOutcome> {
  const job = workflow.jobs[options.job];
  if (!job) throw new Error(`no job “${options.job}” in the workflow`);
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const scratch = join(options.artifacts, '.runner');
  mkdirSync(scratch, { recursive: true });
  const githubEnv = join(scratch, 'env');
  writeFileSync(githubEnv, '');
  const ref = options.event === 'push' ? 'refs/heads/main' : 'refs/pull/1/merge';
  const github = {
    event_name: options.event,
    ref,
    base_ref: options.event === 'pull_request' ? (options.baseRef ?? 'main') : '',
    workspace: options.workspace,
  };
  const steps: Record<string, StepState> = {};
  const outcomes: StepOutcome[] = [];
  const annotations: string[] = [];
  let failed = false;

  for (const [index, step] of job.steps.entries()) {
    const name = step.name ?? step.uses ?? step.run?.split('\n')[0] ?? `step ${index + 1}`;
    const env: Record<string, string> = { ...job.env, ...readKeyValueFile(githubEnv) };
    const contexts: Contexts = { github, vars: options.vars ?? {}, steps, env, runner: { os: 'Linux' } };
    const record = (state: StepState) => {
      if (step.id) steps[step.id] = state;
    };
    const onRequest = options.skip?.includes(name) ?? false;
    if (failed || onRequest || (step.if !== undefined && !condition(step.if, contexts))) {
      const why = failed ? 'after a failure' : onRequest ? 'on request (--skip-step)' : `if: ${step.if}`;
      outcomes.push({ name, how: 'skipped', outcome: 'skipped', detail: why });
      record({ outcome: 'skipped', conclusion: 'skipped', outputs: {} });
      continue;
    }
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [key, interpolate(String(value), contexts)]),
    );
    if (step.uses) {
      const action = step.uses.replace(/@.*$/, '');
      const standIn = STAND_INS[action];
      if (!standIn) throw new Error(`${name}: no local stand-in for ${step.uses}`);
      const inputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([key, value]) => [key, interpolate(String(value), contexts)]),
      );
      const { outputs, detail } =
        options.dryRun && action.startsWith('actions/upload')
          ? { outputs: {}, detail: 'planned' }
          : standIn(step, options, inputs);
      outcomes.push({ name, how: 'stand-in', outcome: 'success', detail });
      record({ outcome: 'success', conclusion: 'success', outputs });
      continue;
    }
    const script = interpolate(step.run ?? '', contexts);
    if (options.dryRun) {
      outcomes.push({
        name,
        how: 'planned',
        outcome: 'success',
        detail: Object.keys(stepEnv).length ? `${JSON.stringify(stepEnv)} ${script}` : script,
      });
      record({ outcome: 'success', conclusion: 'success', outputs: {} });
      continue;
    }
    const githubOutput = join(scratch, `output-${index}`);
    writeFileSync(githubOutput, '');
    write(`\n▶ ${name}\n$ ${script}\n`);
    const { status, output } = await runBash(
      script,
      options.workspace,
      {
        ...process.env,
        ...env,
        ...stepEnv,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_EVENT_NAME: github.event_name,
        GITHUB_REF: github.ref,
        GITHUB_BASE_REF: github.base_ref,
        GITHUB_ENV: githubEnv,
        GITHUB_OUTPUT: githubOutput,
        // `git config --global` in a step changes the run's own file, not this machine's.
        GIT_CONFIG_GLOBAL: join(scratch, 'gitconfig'),
      },
      write,
    );
    annotations.push(...output.split('\n').filter((line) => /^::(?:error|warning|notice)\b/.test(line)));
    const outcome = status === 0 ? 'success' : 'failure';
    outcomes.push({ name, how: 'run', outcome, detail: script });
    record({ outcome, conclusion: outcome, outputs: readKeyValueFile(githubOutput) });
    failed = outcome === 'failure';
  }
  return { steps: outcomes, annotations, success: !failed };
}
