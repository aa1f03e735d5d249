/**
 * `npm run build`: convert the issues, build the site with Astro, index it with Pagefind.
 * Fails closed: if any step fails, `dist/` is removed so that no partial site can be deployed.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { PATHS } from '../src/publish/paths.ts';

const steps: [string, string[]][] = [
  ['node', ['scripts/build-content.ts']],
  ['astro', ['build']],
  ['pagefind', ['--site', PATHS.dist]],
];

for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    rmSync(PATHS.dist, { recursive: true, force: true });
    console.error(`\n构建失败：${command} ${args.join(' ')} 未能完成，已删除 dist/，没有留下不完整的网站。`);
    process.exit(1);
  }
}
