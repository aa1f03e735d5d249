/**
 * A real nginx (Debian's package, installed by scripts/ensure-test-tools.ts) serving a built site
 * with the example configuration the hosting guide documents (docs/hosting/nginx.conf), on
 * loopback: below /gongbao/ as the guide shows it, or at the root of the address with /gongbao
 * taken out of the file, as the guide says to do for a domain of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_EXAMPLE = 'docs/hosting/nginx.conf';
/** What the example names that a host changes: the archive's folder in the address, and the folder above its files. */
const EXAMPLE_BASE = '/gongbao';
const EXAMPLE_ROOT = '/var/www';

export interface Nginx {
  /** The archive's address, its base path included, without a final slash (as StaticServer.url). */
  url: string;
  /** The host's own address, outside the archive. */
  origin: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** The example configuration for a site at `base` (`/gongbao/` or `/`) whose files are in `root`/`base`. */
export function exampleConfiguration(base: string, root: string): string {
  const example = readFileSync(NGINX_EXAMPLE, 'utf8');
  for (const named of [
    `location ^~ ${EXAMPLE_BASE}/ {`,
    `root ${EXAMPLE_ROOT};`,
    `error_page 404 ${EXAMPLE_BASE}/404.html;`,
  ])
    if (!example.includes(named))
      throw new Error(`${NGINX_EXAMPLE} no longer contains “${named}”, which the tests rely on`);
  return example.replaceAll(EXAMPLE_BASE, base.replace(/\/$/, '')).replaceAll(`root ${EXAMPLE_ROOT};`, `root ${root};`);
}

async function waitUntilServing(url: string, server: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`nginx stopped at start (exit ${server.exitCode}):\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  throw new Error(`nginx did not answer at ${url} within 5 s:\n${log()}`);
}

/** Serves the built site in `dist` below `base` with nginx and the example configuration. */
export async function serveWithNginx(dist: string, base: string): Promise<Nginx> {
  const folder = mkdtempSync(join(tmpdir(), 'gazette-nginx-'));
  // The example's `root` is the folder that holds the archive's folder (/var/www holds gongbao/).
  let root = resolve(dist);
  if (base !== '/') {
    root = join(folder, 'www');
    const archive = join(root, base.replace(/\/$/, ''));
    mkdirSync(join(archive, '..'), { recursive: true });
    symlinkSync(resolve(dist), archive);
  }
  const port = await freePort();
  // The example includes `mime.types` as a host's configuration does, from beside nginx.conf.
  symlinkSync('/etc/nginx/mime.types', join(folder, 'mime.types'));
  const conf = join(folder, 'nginx.conf');
  const errorLog = join(folder, 'error.log');
  writeFileSync(
    conf,
    `# Written by tests/support/nginx.ts around ${NGINX_EXAMPLE}.
daemon off;
master_process off;
pid ${join(folder, 'nginx.pid')};
error_log ${errorLog} warn;
events {}
http {
  access_log off;
  include mime.types;
  default_type application/octet-stream;
  client_body_temp_path ${folder}/client;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  server {
    listen 127.0.0.1:${port};
${base === '/' ? '' : '    # The host\'s own site, outside the archive.\n    location / { return 404 "the host\'s own site"; }\n'}
${exampleConfiguration(base, root)}
  }
}
`,
  );
  const server = spawn('/usr/sbin/nginx', ['-p', folder, '-e', errorLog, '-c', conf], { stdio: 'ignore' });
  const log = () => {
    try {
      return readFileSync(errorLog, 'utf8');
    } catch {
      return '(no error log)';
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, server, log);
  return {
    url: `${origin}${base.replace(/\/$/, '')}`,
    origin,
    close: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((done) => server.once('exit', done));
        server.kill('SIGQUIT');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
