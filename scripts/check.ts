/**
 * `npm run check`: converts and checks every issue file without building the site. Prints every
 * error and warning; exits 1 when there is an error (warnings do not fail).
 * Usage: node scripts/check.ts   (GAZETTE_CONTENT_DIR=folder to check another folder)
 */
import { consoleOptionsFor, formatCheck } from '../src/publish/console.ts';
import { checkContentFolder } from '../src/publish/issues.ts';
import { PATHS } from '../src/publish/paths.ts';

const check = checkContentFolder(PATHS.content);
console.log(formatCheck(check, consoleOptionsFor(PATHS.content)));
process.exitCode = check.errors.length > 0 ? 1 : 0;
