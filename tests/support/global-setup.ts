/**
 * Builds the site once before the test run, exactly as `npm run build` does (for SITE_URL when it
 * is set, else as `npm run build:local`), so that tests of the built site always see the current
 * code and content. A failed build fails the run.
 *
 * SKIP_SITE_BUILD=1 tests the site already in dist/ instead (to rerun a few test files quickly
 * after `npm run build:local`), and is refused when dist/ is missing or older than the code and
 * content it was built from: the tests would pass or fail on another site than the one named.
 */
import { spawnSync } from 'node:child_process';
import { staleDist } from './site.ts';

export default function setup(): void {
  if (process.env.SKIP_SITE_BUILD === '1') {
    const stale = staleDist();
    if (stale)
      throw new Error(
        `SKIP_SITE_BUILD=1 tests the site already in dist/, but ${stale}: run \`npm run build:local\` first, or run without SKIP_SITE_BUILD.`,
      );
    return;
  }
  const result = spawnSync('node', ['scripts/build.ts', '--local'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed; see the output above.');
}
