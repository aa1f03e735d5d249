/**
 * Bytes as the benchmarks count them, the same in every benchmark so their figures and budgets
 * compare: text as a static host with gzip sends it, at one compression level, zlib's default.
 */
import { gzipSync } from 'node:zlib';

export const GZIP_LEVEL = 6;

export const gzipSize = (bytes: Buffer | Uint8Array | string): number => gzipSync(bytes, { level: GZIP_LEVEL }).length;

export const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
