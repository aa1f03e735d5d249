/**
 * Fixture tests in the style of remark-gfm: one folder per phenomenon under tests/fixtures/, with
 * `input.txt` (a small issue file, converted as if it were `2023-1.txt`), `expected.md` (every
 * document's Markdown, front matter included) and `expected-report.txt` (the journal: artefacts,
 * repairs, warnings). A new behaviour is a new folder, not new test code.
 *
 * Regenerate the expected files for review with:  UPDATE_FIXTURES=1 npm test
 * (then read `git diff tests/fixtures`: a rewritten file is only as right as the code that wrote
 * it). In that mode the fixtures are written, not checked, so it is refused when CI is set.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertIssue } from '../../src/converter/index.ts';
import { documentToMarkdown } from '../../src/converter/emit/index.ts';
import type { ConvertedIssue } from '../../src/converter/types.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

// CI=true is what GitHub Actions and most CI services set; CI=false or CI=0 is a way to say "not CI".
const CI = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI!);
if (UPDATE && CI)
  throw new Error(
    'UPDATE_FIXTURES=1 is refused when CI is set: it rewrites tests/fixtures/*/expected-* from the current output, ' +
      'so the fixture tests would compare the output with itself and pass whatever the converter does. ' +
      'Regenerate fixtures locally and commit them after review.',
  );

export function renderFixture(issue: ConvertedIssue): { markdown: string; report: string } {
  const markdown = issue.documents
    .map((document) => documentToMarkdown(issue, document))
    .join('\n<!-- ——— next document ——— -->\n\n');
  const byLine = <Entry extends { line: number }>(entries: Entry[]): Entry[] =>
    [...entries].sort((a, b) => a.line - b.line);
  const artefacts = byLine(issue.journal.artefacts);
  const repairs = byLine(issue.journal.repairs);
  const warnings = byLine(issue.journal.warnings);
  const report = [
    ...artefacts.map((item) => `L${item.line} artefact ${item.kind}: ${JSON.stringify(item.text)}`),
    ...repairs.map(
      (item) => `L${item.line} repair ${item.kind}: ${JSON.stringify(item.before)} → ${JSON.stringify(item.after)}`,
    ),
    ...warnings.map((item) => `L${item.line} warning ${item.code}: ${item.message}`),
  ].join('\n');
  return { markdown, report: `${report}\n` };
}

describe('converter fixtures', () => {
  const cases = readdirSync(FIXTURES)
    .filter((name) => existsSync(join(FIXTURES, name, 'input.txt')))
    .sort();
  it('has fixture cases', () => expect(cases.length).toBeGreaterThan(10));
  for (const name of cases) {
    // The title says so when the case is written rather than checked.
    it(`${name.replace(/-/g, ' ')}${UPDATE ? ' (UPDATE_FIXTURES: expected files rewritten, not checked)' : ''}`, () => {
      const folder = join(FIXTURES, name);
      const { markdown, report } = renderFixture(convertIssue('2023-1.txt', readFileSync(join(folder, 'input.txt'))));
      if (UPDATE) {
        writeFileSync(join(folder, 'expected.md'), markdown);
        writeFileSync(join(folder, 'expected-report.txt'), report);
        return;
      }
      expect(markdown).toBe(readFileSync(join(folder, 'expected.md'), 'utf8'));
      expect(report).toBe(readFileSync(join(folder, 'expected-report.txt'), 'utf8'));
    });
  }
});
