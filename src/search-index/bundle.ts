/** Reading and rewriting a Pagefind bundle on disk (the files split.ts and cards.ts work on). */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleFiles } from './format.ts';
import type { SplitResult } from './split.ts';

function read(dir: string, paths: string[]): BundleFiles {
  return new Map(paths.map((path) => [path, readFileSync(join(dir, path))]));
}

const inFolder = (dir: string, folder: string) =>
  existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).map((name) => `${folder}/${name}`) : [];

/** The entry file, the metadata files and the index chunks of the bundle in `dir`. */
export function readBundle(dir: string): BundleFiles {
  const top = readdirSync(dir).filter((name) => name === 'pagefind-entry.json' || name.endsWith('.pf_meta'));
  return read(dir, [...top, ...inFolder(dir, 'index')]);
}

/** The page fragments of the bundle in `dir`. */
export function readFragments(dir: string): BundleFiles {
  return read(dir, inFolder(dir, 'fragment'));
}

export function writeSplit(dir: string, { write, remove }: SplitResult): void {
  for (const path of remove) rmSync(join(dir, path));
  for (const [path, bytes] of write) writeFileSync(join(dir, path), bytes);
}

/**
 * Pagefind's ready-made search interfaces (Default UI, Modular UI, Component UI) and its
 * highlighting script: the site has its own search page and highlighting, so these are never
 * loaded and are not shipped.
 */
const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** Removes the unused interface files from the bundle in `dir`; returns their names. */
export function removeUnusedUi(dir: string): string[] {
  const unused = readdirSync(dir).filter((name) => UNUSED_UI.test(name));
  for (const name of unused) rmSync(join(dir, name));
  return unused;
}
