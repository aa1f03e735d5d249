/**
 * content/*.txt → src/content/documents/**.md and src/content/generated/reports/*.json.
 * Usage: node scripts/build-content.ts
 */
import { GazetteInputError } from '../src/converter/index.ts';
import { convertContentFolder, formatReport, issueReport, writeGeneratedContent } from '../src/publish/issues.ts';
import { PATHS } from '../src/publish/paths.ts';

try {
  const issues = convertContentFolder(PATHS.content);
  writeGeneratedContent(issues, PATHS.generatedDocuments, PATHS.generatedReports);
  for (const issue of issues) console.log(formatReport(issueReport(issue)));
} catch (error) {
  if (error instanceof GazetteInputError) {
    console.error(error.format());
    process.exit(1);
  }
  throw error;
}
