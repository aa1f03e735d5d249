/**
 * Bytes as the benchmarks count them, the same in every benchmark so their figures and budgets
 * compare: text as a static host with gzip sends it, at one compression level, zlib's default;
 * files on disk by their size.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const GZIP_LEVEL = 6;

export const gzipSize = (bytes: Buffer | Uint8Array | string): number => gzipSync(bytes, { level: GZIP_LEVEL }).length;

export const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** Every file below `dir` (none when it does not exist). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files' size on disk, in bytes. */
export const diskSize = (paths: string[]): number => paths.reduce((total, path) => total + statSync(path).size, 0);
