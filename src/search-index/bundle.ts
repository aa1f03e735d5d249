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
