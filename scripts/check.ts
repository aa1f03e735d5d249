/**
 * `npm run check`: converts and checks every issue file without building the site. Prints every
 * error and warning; exits 1 when there is an error (warnings do not fail).
 * Usage: node scripts/check.ts   (GAZETTE_CONTENT_DIR=folder to check another folder)
 *        node scripts/check.ts --explain content/2021-1.txt:297   (which rules decided that line)
 */
import { consoleOptionsFor, formatCheck, formatCrash } from '../src/publish/console.ts';
import { explainTarget } from '../src/publish/explain.ts';
import { checkContentFolder } from '../src/publish/issues.ts';
import { PATHS } from '../src/publish/paths.ts';

try {
  const explain = process.argv.indexOf('--explain');
  if (explain !== -1) {
    for (const target of process.argv.slice(explain + 1)) console.log(explainTarget(target));
  } else {
    const check = checkContentFolder(PATHS.content);
    console.log(formatCheck(check, consoleOptionsFor(PATHS.content)));
    process.exitCode = check.errors.length > 0 ? 1 : 0;
  }
} catch (error) {
  console.error(formatCrash(error));
  process.exitCode = 2;
}
