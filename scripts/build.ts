/**
 * `npm run build`: runs the build's steps (src/publish/build-steps.ts) one after the other.
 * Fails closed: if any step fails or the build is interrupted, `dist/` is removed so that no
 * partial site can be deployed.
 *
 * The site is built for SITE_URL, its public address; without it the build stops before it
 * starts, unless `--local` (`npm run build:local`) asks for a site to look at on this machine,
 * built for the preview's own address (src/lib/site-address.ts, buildAddress).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { buildSteps } from '../src/publish/build-steps.ts';
import { PATHS } from '../src/publish/paths.ts';
import { buildAddress } from '../src/lib/site-address.ts';

const address = buildAddress(process.env.SITE_URL, process.argv.includes('--local'));
if ('error' in address) {
  console.error(`构建没有开始：${address.error}`);
  process.exit(1);
}
const { site, local } = address;
if (local) console.log(`本机预览构建：网址为 ${site}，生成的网站不能发布。`);

// Interrupted (Ctrl+C, a CI job cancelled): without handlers Node would die at once and leave a
// half-written dist/. Instead the running step is stopped too, and the loop removes dist/.
let running: ChildProcess | null = null;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    interrupted = true;
    running?.kill(signal);
  });
}

function run(command: string, args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    running = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, SITE_URL: site, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    running.on('error', () => resolve(null));
    running.on('close', (status) => resolve(status));
  });
}

for (const { command, args } of buildSteps(PATHS.dist)) {
  const status = await run(command, args);
  if (status !== 0 || interrupted) {
    rmSync(PATHS.dist, { recursive: true, force: true });
    const why = interrupted ? '构建被中断' : `${command} ${args.join(' ')} 未能完成`;
    console.error(`\n构建失败：${why}，已删除 dist/，没有留下不完整的网站。`);
    process.exit(1);
  }
}
