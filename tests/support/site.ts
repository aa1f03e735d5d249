/** Helpers for tests that read the built site in `dist/` (built once by tests/support/global-setup.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { atLeast } from './at-least.ts';

export const DIST = resolve(process.cwd(), 'dist');

/** What content/ holds today: the least that a loop over the built site's years, issues or documents must see. */
export const ARCHIVE_SIZE = { years: 3, issues: 4, documents: 47 } as const;

export function readDist(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file))
    throw new Error(`dist/${path} is missing: the site was not built (tests/support/global-setup.ts builds it).`);
  return readFileSync(file, 'utf8');
}

export function readDistJson<T>(path: string): T {
  return JSON.parse(readDist(path)) as T;
}

/** dist/data/documents.json, which every loop over the built documents reads: refused when it lists fewer than the archive holds. */
export function builtDocuments(): OpenDataDocument[] {
  return atLeast(
    ARCHIVE_SIZE.documents,
    readDistJson<OpenDataDocument[]>('data/documents.json'),
    'documents in dist/data/documents.json',
  );
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
