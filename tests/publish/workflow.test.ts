/**
 * The deployment workflow cannot run here, so its shape is checked: the issue files, types and
 * tests are checked before the site is built, and only a push to main deploys.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { needs?: string; if?: string; steps: Step[] }>;
}

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
const build = workflow.jobs.build!.steps;
const position = (predicate: (step: Step) => boolean) => build.findIndex(predicate);

describe('.github/workflows/deploy.yml', () => {
  it('runs on pushes to main and on pull requests', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.on).toHaveProperty('pull_request');
  });

  it('installs with npm install (not npm ci), then checks, type-checks, tests and benchmarks before building', () => {
    const install = position((step) => step.run === 'npm install');
    const check = position((step) => step.run === 'npm run check');
    const typecheck = position((step) => step.run === 'npm run typecheck');
    const test = position((step) => step.run === 'npm test');
    const bench = position((step) => step.run === 'npm run bench');
    const buildSite = position((step) => step.run === 'npm run build');
    const upload = position((step) => step.uses?.startsWith('actions/upload-pages-artifact') === true);
    expect(build.some((step) => step.run?.includes('npm ci'))).toBe(false);
    const steps = { install, check, typecheck, test, bench, buildSite, upload };
    const missing = Object.entries(steps).filter(([, index]) => index < 0);
    expect(missing.map(([name]) => name)).toEqual([]);
    const order = Object.values(steps);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('benchmarks every push and pull request, so an exceeded budget fails the run before anything deploys', () => {
    expect(build.find((step) => step.run === 'npm run bench')?.if).toBeUndefined();
  });

  it('deploys only after the build job, and only for main', () => {
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(deploy.if).toContain("github.event_name != 'pull_request'");
    expect(deploy.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
  });
});
