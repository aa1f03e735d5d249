/**
 * Runs the real `npm run build` (scripts/build.ts) on another content folder, into its own
 * temporary folder (GAZETTE_CONTENT_DIR, GAZETTE_BUILD_DIR; see src/publish/paths.ts), so that
 * several builds can run at once without touching the project's dist/ that other tests read.
 *
 * The temporary folders are inside the project (.test-builds/, ignored by git): Astro keeps its
 * prerendered chunks next to an output folder inside the working directory, but in the shared
 * .astro/.prerender/ for one outside it, where concurrent builds would overwrite each other's.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const BUILDS = resolve('.test-builds');

/** A fresh folder for one build's output. */
export function buildFolder(): string {
  mkdirSync(BUILDS, { recursive: true });
  return mkdtempSync(join(BUILDS, 'build-'));
}

/** Removes the output of every test build. */
export function removeBuildFolders(): void {
  rmSync(BUILDS, { recursive: true, force: true });
}

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The site the build wrote (it may not exist: a failed build removes it). */
  dist: string;
}

/**
 * Builds `contentDir` into `buildDir` (a fresh temporary folder unless given). With `interrupt`,
 * the build is sent SIGTERM as soon as Astro has started writing the site, as when a CI job is
 * cancelled.
 */
export function buildSite(contentDir: string, buildDir = buildFolder(), interrupt = false): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['scripts/build.ts', '--local'], {
      env: { ...process.env, GAZETTE_CONTENT_DIR: contentDir, GAZETTE_BUILD_DIR: buildDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (interrupt) {
      const watch = setInterval(() => {
        if (!existsSync(join(buildDir, 'dist'))) return;
        clearInterval(watch);
        child.kill('SIGTERM');
      }, 20);
      child.on('close', () => clearInterval(watch));
    }
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr, dist: join(buildDir, 'dist') }));
  });
}

/** Every file under `root`, as sorted paths relative to it. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

export function readText(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}
