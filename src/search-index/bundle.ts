/** Reading and rewriting a Pagefind bundle on disk (the files split.ts works on). */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleFiles, SplitResult } from './split.ts';

/** The entry file, the metadata files and the index chunks of the bundle in `dir`. */
export function readBundle(dir: string): BundleFiles {
  const files = new Map<string, Uint8Array>();
  const add = (path: string) => files.set(path, readFileSync(join(dir, path)));
  if (existsSync(join(dir, 'pagefind-entry.json'))) add('pagefind-entry.json');
  for (const name of readdirSync(dir)) if (name.endsWith('.pf_meta')) add(name);
  if (existsSync(join(dir, 'index'))) for (const name of readdirSync(join(dir, 'index'))) add(`index/${name}`);
  return files;
}

export function writeSplit(dir: string, { write, remove }: SplitResult): void {
  for (const path of remove) rmSync(join(dir, path));
  for (const [path, bytes] of write) writeFileSync(join(dir, path), bytes);
}
