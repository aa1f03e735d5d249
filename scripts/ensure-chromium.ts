/**
 * Browser tests run in Debian's Chromium (/usr/bin/chromium) and measure pages of Chinese text,
 * so they need a Chinese font as residents' phones have one. `npm test` and `npm run bench` call
 * this first: it installs whichever of Debian's packages is missing, so a fresh machine needs
 * nothing by hand (as root, or with sudo).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = [
  { name: 'chromium', file: '/usr/bin/chromium' },
  { name: 'fonts-noto-cjk', file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc' },
];

const missing = NEEDED.filter(({ file }) => !existsSync(file)).map(({ name }) => name);
if (missing.length > 0) {
  console.log(`Installing Debian packages for the browser tests: ${missing.join(', ')}…`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (command: string[]) => spawnSync(command[0]!, command.slice(1), { stdio: 'inherit' }).status === 0;
  const installed =
    run([...sudo, 'apt-get', 'update']) &&
    run([...sudo, 'apt-get', 'install', '-y', '--no-install-recommends', ...missing]);
  if (!installed || NEEDED.some(({ file }) => !existsSync(file))) {
    console.error(
      `Could not install ${missing.join(', ')}. Install them with apt-get install ${missing.join(' ')} and run the command again.`,
    );
    process.exit(1);
  }
}
