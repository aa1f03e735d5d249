/**
 * Builds the site once before the test run, exactly as `npm run build` does, so that tests of
 * the built site always see the current code and content. A failed build fails the run.
 */
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.SKIP_SITE_BUILD === '1') return;
  const result = spawnSync('node', ['scripts/build.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed; see the output above.');
}
