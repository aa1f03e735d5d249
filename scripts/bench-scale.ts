/**
 * `npm run bench:scale -- --issues 100`: the build and the search at archive scale. Makes a
 * synthetic archive of that many issues from the real ones (scripts/bench/_synthetic-archive.ts)
 * in a temporary folder, builds it stage by stage as `npm run build` does (convert, render,
 * index, search finishing, link check), and reports per stage the wall time and the peak memory
 * of the stage's processes, then the size of dist/, the weight of the pages that grow with the
 * archive and, through `npm run bench -- search` on that dist/, the bytes of a first search.
 * The figures are written as JSON (`--json FILE`, default scale-<issues>.json in the temporary
 * folder) so that runs can be compared. Nothing is written to the project.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { diskSize, filesUnder, gzipSize, kB } from './bench/_bytes.ts';
import { buildAddress } from '../src/lib/site-address.ts';
import { buildSteps } from '../src/publish/build-steps.ts';
import { syntheticArchive } from './bench/_synthetic-archive.ts';
import { table } from './bench/_types.ts';

const { values } = parseArgs({ options: { issues: { type: 'string', default: '100' }, json: { type: 'string' } } });
const issues = Number(values.issues);
if (!Number.isInteger(issues) || issues < 4) throw new Error('--issues takes a whole number of issues, at least 4.');

const folder = join(tmpdir(), `gazette-scale-${issues}`);
const content = join(folder, 'content');
const build = join(folder, 'build');
rmSync(folder, { recursive: true, force: true });
mkdirSync(content, { recursive: true });
for (const issue of syntheticArchive('content', issues)) writeFileSync(join(content, issue.file), issue.text);
// Built as `npm run build:local` builds (for SITE_URL when it is set), into the temporary folder.
const address = buildAddress(process.env.SITE_URL, true);
if ('error' in address) throw new Error(address.error);
const env = {
  ...process.env,
  SITE_URL: address.site,
  GAZETTE_CONTENT_DIR: content,
  GAZETTE_BUILD_DIR: build,
  ASTRO_TELEMETRY_DISABLED: '1',
};
const dist = join(build, 'dist');

/** The resident memory of a process and all its descendants, from /proc (Linux), in bytes. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  const sum = (pid: number): number =>
    (rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((total, child) => total + sum(child), 0);
  return sum(root);
}

interface Stage {
  name: string;
  seconds: number;
  peakBytes: number;
}

/** Runs one stage, sampling its process tree's memory four times a second. */
function runStage(name: string, command: string, args: string[]): Promise<Stage> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    let peakBytes = 0;
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 250);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      if (status !== 0) reject(new Error(`${name} (${command} ${args.join(' ')}) failed with status ${status}.`));
      else resolve({ name, seconds: (performance.now() - started) / 1000, peakBytes });
    });
  });
}

const stages: Stage[] = [];
for (const { name, command, args } of buildSteps(dist)) {
  console.error(`${name}…`);
  stages.push(await runStage(name, command, args));
}

const distFiles = filesUnder(dist);
const size = { bytes: diskSize(distFiles), files: distFiles.length };
const pageWeight = (route: string) => gzipSize(readFileSync(join(dist, route, 'index.html')));
const newestYear = Math.max(
  ...readdirSync(dist)
    .filter((name) => /^\d{4}$/.test(name))
    .map(Number),
);
const pages = { home: pageWeight('/'), newestYear: pageWeight(`/${newestYear}/`), search: pageWeight('/search/') };
const cards = gzipSize(readFileSync(join(dist, 'pagefind', 'result-cards.json')));

console.error('npm run bench -- search (on the synthetic dist/)…');
const search = await new Promise<string>((resolve) => {
  const child = spawn('node', ['scripts/bench.ts', 'search'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('close', () => resolve(output));
});

const figures = {
  issues,
  documents: readdirSync(join(build, 'documents'), { recursive: true }).filter((name) => String(name).endsWith('.md'))
    .length,
  stages,
  totalSeconds: stages.reduce((sum, stage) => sum + stage.seconds, 0),
  peakBytes: Math.max(...stages.map((stage) => stage.peakBytes)),
  dist: size,
  gzippedBytes: { ...pages, resultCards: cards },
  searchReport: search,
};
const jsonFile = values.json ?? join(folder, `scale-${issues}.json`);
writeFileSync(jsonFile, JSON.stringify(figures, null, 2));

console.log(`Synthetic archive: ${issues} issues, ${figures.documents} documents (${content}).`);
console.log(
  table(
    ['stage', 'wall', 'peak memory'],
    stages.map((stage) => [
      stage.name,
      `${stage.seconds.toFixed(1)} s`,
      `${Math.round(stage.peakBytes / 2 ** 20)} MiB`,
    ]),
  ),
);
console.log(`Whole build: ${figures.totalSeconds.toFixed(1)} s, peak ${Math.round(figures.peakBytes / 2 ** 20)} MiB.`);
console.log(`dist/: ${(size.bytes / 2 ** 20).toFixed(1)} MiB in ${size.files} files.`);
console.log(
  `Gzipped: home ${kB(pages.home)}, newest year ${kB(pages.newestYear)}, search page ${kB(pages.search)}, result cards ${kB(cards)}.`,
);
console.log(search.trim());
console.log(`Figures written to ${jsonFile}.`);
