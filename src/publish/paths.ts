/**
 * Where the build reads and writes, relative to the project root (the working directory).
 *
 * Two environment variables let a second build run beside the project's own without touching
 * it (the build tests build several content folders at once):
 * - GAZETTE_CONTENT_DIR: the folder of issue files to build instead of `content/`;
 * - GAZETTE_BUILD_DIR: a folder that receives everything the build writes (generated Markdown,
 *   reports, Astro's cache and the site) instead of `src/content/…`, `node_modules/.astro` and `dist/`.
 *   The social-card cache stays shared: its files are named by what they hold (src/cards/render.ts),
 *   so builds of other content reuse the cards they have in common and can never mix them up.
 */
import { resolve } from 'node:path';

const root = process.cwd();
const contentOverride = process.env.GAZETTE_CONTENT_DIR;
const buildOverride = process.env.GAZETTE_BUILD_DIR;
const output = (inBuildDir: string, inProject: string) =>
  buildOverride ? resolve(root, buildOverride, inBuildDir) : resolve(root, inProject);

export const PATHS = {
  content: resolve(root, contentOverride || 'content'),
  generatedDocuments: output('documents', 'src/content/documents'),
  generatedReports: output('reports', 'src/content/generated/reports'),
  astroCache: output('astro-cache', 'node_modules/.astro'),
  /** Rendered social cards by content hash (src/cards/render.ts), kept between builds. */
  cardCache: resolve(root, 'node_modules/.cache/social-cards'),
  dist: output('dist', 'dist'),
};
