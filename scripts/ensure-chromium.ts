/**
 * Browser tests run in Debian's Chromium (/usr/bin/chromium). `npm test` calls this first: when
 * Chromium is missing it installs Debian's package, so a fresh machine needs nothing by hand.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  console.log('Chromium not found; installing Debian package "chromium" for the browser tests…');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) => spawnSync(asRoot.length ? 'sudo' : args[0]!, asRoot.length ? args : args.slice(1), { stdio: 'inherit' });
  const update = run(['apt-get', 'update']);
  const install = update.status === 0 ? run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']) : update;
  if (install.status !== 0 || !existsSync(CHROMIUM)) {
    console.error('Could not install Chromium. Install Debian\'s "chromium" package (apt-get install chromium) and run npm test again.');
    process.exit(1);
  }
}
