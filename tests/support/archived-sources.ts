/**
 * The five archived issues as the data modules (src/data/) read them on the site: each document's
 * front matter and Markdown body, made by the converter from content/*.txt in memory — no site
 * build needed. Also the raw lines of each issue, for counts made independently of the converter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertIssue } from '../../src/converter/index.ts';
import type { SourceDocument } from '../../src/data/source.ts';
import { issueSources } from '../../src/publish/issues.ts';

const ISSUE_FILES = readdirSync('content').filter((file) => /^\d{4}-\d\.txt$/.test(file));

export const ARCHIVED_SOURCES: readonly SourceDocument[] = ISSUE_FILES.flatMap((file) =>
  issueSources(convertIssue(file, readFileSync(join('content', file)))),
);

/** Raw lines of each archived issue file, by issue id (`2021-4`). */
export const RAW_ISSUES: ReadonlyMap<string, readonly string[]> = new Map(
  ISSUE_FILES.map((file) => [
    file.replace(/\.txt$/, ''),
    readFileSync(join('content', file), 'utf8').replace(/\r\n?/g, '\n').split('\n'),
  ]),
);
