/**
 * A made-up document for tests of what the archive does not hold yet (a citation that resolves):
 * its id (`2021-1-03`) gives its issue and position, as the converter's ids do.
 */
import { sourceDocument, type SourceDocument } from '../../src/data/source.ts';

export function syntheticSource(id: string, title: string, docNumber: string | null, body: string): SourceDocument {
  const [year, issueNumber, order] = id.split('-').map(Number) as [number, number, number];
  return sourceDocument(
    { id, issue: `${year}-${issueNumber}`, issueTitle: '', year, issueNumber, order, title, docNumber, date: null },
    body,
  );
}
