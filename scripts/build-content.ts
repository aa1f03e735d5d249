/**
 * content/*.txt → src/content/documents/**.md and src/content/generated/reports/*.json.
 * Writes nothing unless every issue file passes the same checks as `npm run check`.
 * Usage: node scripts/build-content.ts
 */
import { consoleOptionsFor, formatCheck, formatCrash, formatReport } from '../src/publish/console.ts';
import { checkContentFolder, writeGeneratedContent } from '../src/publish/issues.ts';
import { PATHS } from '../src/publish/paths.ts';

try {
  const check = checkContentFolder(PATHS.content);
  const options = consoleOptionsFor(PATHS.content);
  if (check.errors.length > 0) {
    console.error(formatCheck(check, options));
    process.exit(1);
  }
  writeGeneratedContent(check, PATHS.generatedDocuments, PATHS.generatedReports);
  for (const report of check.reports) console.log(formatReport(report, options));
} catch (error) {
  console.error(formatCrash(error));
  process.exit(2);
}
