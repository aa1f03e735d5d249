/**
 * The local workflow runner (scripts/workflow/run.ts): on a small workflow in a scratch folder,
 * and on the project's own .github/workflows/deploy.yml, planned for a push to main and for a pull
 * request. `npm run workflow` runs the real job end to end (README, "Deployment").
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readKeyValueFile, readWorkflow, runJob, type RunOptions, type Workflow } from '../../scripts/workflow/run.ts';

const folder = mkdtempSync(join(tmpdir(), 'gazette-runner-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const options = (more: Partial<RunOptions> = {}): RunOptions => ({
  workspace: folder,
  job: 'build',
  event: 'push',
  artifacts: join(folder, 'artifacts'),
  write: () => {},
  ...more,
});

const SMALL: Workflow = {
  on: { push: {} },
  jobs: {
    build: {
      steps: [
        { uses: 'actions/checkout@v4' },
        { id: 'pages', uses: 'actions/configure-pages@v5' },
        {
          name: 'Only on pull requests',
          if: "github.event_name == 'pull_request'",
          run: 'echo PR=yes >> "$GITHUB_ENV"',
        },
        {
          id: 'write',
          name: 'Writes env, an output and an annotation',
          run: 'echo "WHERE=${{ steps.pages.outputs.base_url }}" >> "$GITHUB_ENV"\necho "made=site" >> "$GITHUB_OUTPUT"\nmkdir -p out && echo hi > out/index.html\necho "::warning file=content/2023-1.txt,line=3::提醒"',
        },
        {
          name: 'Reads them back',
          env: { FROM_OUTPUT: '${{ steps.write.outputs.made }}' },
          run: 'test "$WHERE" = https://owner.github.io/archive && test "$FROM_OUTPUT" = site && test "$GITHUB_ACTIONS" = true',
        },
        { name: 'Upload', uses: 'actions/upload-artifact@v4', with: { name: 'site-preview', path: 'out' } },
        { name: 'Fails', run: 'exit 3' },
        { name: 'After the failure', run: 'echo never' },
      ],
    },
  },
};

describe('the local workflow runner', () => {
  it('runs the steps in order with GITHUB_ENV, outputs and expressions carried over, stand-ins for actions, and stops at the first failure', async () => {
    const outcome = await runJob(SMALL, options({ pagesUrl: 'https://owner.github.io/archive/' }));
    expect(outcome.steps.map((step) => [step.name, step.how, step.outcome])).toEqual([
      ['actions/checkout@v4', 'stand-in', 'success'],
      ['actions/configure-pages@v5', 'stand-in', 'success'],
      ['Only on pull requests', 'skipped', 'skipped'],
      ['Writes env, an output and an annotation', 'run', 'success'],
      ['Reads them back', 'run', 'success'],
      ['Upload', 'stand-in', 'success'],
      ['Fails', 'run', 'failure'],
      ['After the failure', 'skipped', 'skipped'],
    ]);
    expect(outcome.success).toBe(false);
    expect(outcome.annotations).toEqual(['::warning file=content/2023-1.txt,line=3::提醒']);
    expect(readFileSync(join(folder, 'artifacts/site-preview/index.html'), 'utf8')).toBe('hi\n');
  });

  it('skips the steps it is asked to skip, saying so, and runs the rest', async () => {
    const outcome = await runJob(SMALL, options({ pagesUrl: 'https://owner.github.io/archive/', skip: ['Fails'] }));
    expect(outcome.steps.slice(-2).map((step) => [step.name, step.how, step.detail])).toEqual([
      ['Fails', 'skipped', 'on request (--skip-step)'],
      ['After the failure', 'run', 'echo never'],
    ]);
    expect(outcome.success).toBe(true);
  });

  it('refuses an action it has no stand-in for, rather than pretending it ran', async () => {
    const workflow: Workflow = { on: {}, jobs: { build: { steps: [{ uses: 'someone/deploy@v1' }] } } };
    await expect(runJob(workflow, options())).rejects.toThrow('no local stand-in for someone/deploy@v1');
  });

  it('reads GITHUB_ENV and GITHUB_OUTPUT lines and blocks as GitHub does', async () => {
    const file = join(folder, 'kv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'A=1\nB=x=y\nC<<END\nline 1\nline 2\nEND\n');
    expect(readKeyValueFile(file)).toEqual({ A: '1', B: 'x=y', C: 'line 1\nline 2' });
  });
});

describe('.github/workflows/deploy.yml, as the runner plans it', () => {
  const deploy = readWorkflow('.github/workflows/deploy.yml');
  const plan = async (more: Partial<RunOptions>) =>
    Object.fromEntries(
      (await runJob(deploy, options({ dryRun: true, ...more }))).steps.map((step) => [step.name, step]),
    );

  it('on a push to main, builds for the Pages address, folder included, and uploads the site for deployment', async () => {
    const steps = await plan({ event: 'push', pagesUrl: 'https://owner.github.io/archive' });
    expect(steps['Build the site (npm run build)']!.detail).toBe(
      '{"SITE_URL":"https://owner.github.io/archive"} npm run build',
    );
    expect(steps['Upload the site']!.outcome).toBe('success');
    expect(steps['Build the preview (npm run build:local)']!.outcome).toBe('skipped');
    expect(steps['Upload the preview']!.outcome).toBe('skipped');
    expect(steps['Issue files this pull request changes']!.outcome).toBe('skipped');
  });

  it('builds for the repository variable SITE_URL when it is set', async () => {
    const steps = await plan({
      event: 'push',
      pagesUrl: 'https://owner.github.io/archive',
      vars: { SITE_URL: 'https://www.example.gov.cn/gongbao/' },
    });
    expect(steps['Build the site (npm run build)']!.detail).toBe(
      '{"SITE_URL":"https://www.example.gov.cn/gongbao/"} npm run build',
    );
  });

  it('on a pull request, names the changed issue files for the check, builds a local preview and uploads it, and deploys nothing', async () => {
    const steps = await plan({ event: 'pull_request' });
    expect(steps['Issue files this pull request changes']!.outcome).toBe('success');
    expect(steps['Check the issue files (npm run check)']!.outcome).toBe('success');
    expect(steps['Build the site (npm run build)']!.outcome).toBe('skipped');
    expect(steps['Build the preview (npm run build:local)']!.outcome).toBe('success');
    expect(steps['Upload the preview']!.outcome).toBe('success');
    expect(steps['Configure GitHub Pages']!.outcome).toBe('skipped');
    expect(steps['Upload the site']!.outcome).toBe('skipped');
  });
});
