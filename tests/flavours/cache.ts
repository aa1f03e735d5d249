/**
 * Typeset PDFs and their extractions are kept under .cache/flavours/ (ignored by git), each
 * named after the issue, layout and tool and keyed by a hash of everything that made it (the
 * HTML and its CSS, Chromium's version, the tool and its version), so that a rerun only redoes
 * what changed and a developer can open any file the matrix names.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const CACHE_ROOT = resolve(process.cwd(), '.cache', 'flavours');

export function hashOf(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Where an entry lives: `.cache/flavours/<folder>/<name>.<key>.<extension>`. */
export interface CacheEntry {
  folder: string;
  name: string;
  key: string;
  extension: string;
}

export function cachePath({ folder, name, key, extension }: CacheEntry): string {
  return join(CACHE_ROOT, folder, `${name}.${key}.${extension}`);
}

/** The path relative to the working directory, as the matrix prints it (an editor opens it). */
export function displayPath(path: string): string {
  return relative(process.cwd(), path);
}

/**
 * The entry's bytes, produced and written on a miss. Older entries of the same name (other keys)
 * are removed, so the cache holds one PDF per issue and layout and one text per tool.
 */
export async function cached(entry: CacheEntry, produce: () => Promise<Uint8Array | string>): Promise<Buffer> {
  const path = cachePath(entry);
  if (existsSync(path)) return readFileSync(path);
  const bytes = Buffer.from(await produce());
  const folder = join(CACHE_ROOT, entry.folder);
  mkdirSync(folder, { recursive: true });
  for (const file of readdirSync(folder)) {
    if (file.startsWith(`${entry.name}.`) && file.endsWith(`.${entry.extension}`) && file.split('.').length === 3)
      rmSync(join(folder, file));
  }
  writeFileSync(path, bytes);
  return bytes;
}
