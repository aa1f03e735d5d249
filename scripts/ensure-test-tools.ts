/**
 * The tests need programs from Debian that npm cannot bring: Chromium (/usr/bin/chromium) with a
 * Chinese font, because browser tests measure pages of Chinese text as residents' phones show
 * them and the flavour-invariance harness prints issues to PDF; and poppler-utils (pdftotext,
 * pdfinfo), one of the extractors that harness reads those PDFs back with; and nginx, which
 * serves the built site with the hosting guide's configuration in tests/deploy/. `npm test`,
 * `npm run bench` and `npm run flavours` call this first: it installs whichever package is
 * missing, so a fresh machine needs nothing by hand (as root, or with sudo), and says nothing when
 * all are there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = [
  { name: 'chromium', file: '/usr/bin/chromium' },
  { name: 'fonts-noto-cjk', file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc' },
  { name: 'poppler-utils', file: '/usr/bin/pdftotext' },
  { name: 'nginx', file: '/usr/sbin/nginx' },
];

const missing = NEEDED.filter(({ file }) => !existsSync(file)).map(({ name }) => name);
if (missing.length > 0) {
  console.log(`Installing Debian packages for the tests: ${missing.join(', ')}…`);
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
