/**
 * The converter's build reports as the site reads them: one JSON file per issue, written by
 * `npm run build` before Astro runs (src/publish/issues.ts), published as open data and worded for
 * residents on the coverage page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueReport } from '../publish/issues.ts';
import { PATHS } from '../publish/paths.ts';

/** The issues that have a report (`2021-4` …), in file-name order. */
export function reportedIssues(): string[] {
  return readdirSync(PATHS.generatedReports)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
}

/** An issue's report as written, byte for byte. */
export function reportText(issue: string): string {
  return readFileSync(join(PATHS.generatedReports, `${issue}.json`), 'utf8');
}

export function readReport(issue: string): IssueReport {
  return JSON.parse(reportText(issue)) as IssueReport;
}
