/** Helpers for tests that read the built site in `dist/` (built once by tests/support/global-setup.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DIST = resolve(process.cwd(), 'dist');

export function readDist(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file))
    throw new Error(`dist/${path} is missing: the site was not built (tests/support/global-setup.ts builds it).`);
  return readFileSync(file, 'utf8');
}

export function readDistJson<T>(path: string): T {
  return JSON.parse(readDist(path)) as T;
}

export interface OpenDataDocument {
  id: string;
  url: string;
  issue: string;
  issueTitle: string;
  order: number;
  section: string | null;
  title: string;
  organ: string | null;
  docNumber: string | null;
  date: string | null;
  issuedDate: string | null;
  type: string;
}

export interface OpenDataIssue {
  id: string;
  title: string;
  year: number;
  number: number;
  documentCount: number;
  url: string;
}
