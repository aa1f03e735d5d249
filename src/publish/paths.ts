/** Where the build reads and writes, relative to the project root (the working directory). */
import { resolve } from 'node:path';

const root = process.cwd();

export const PATHS = {
  content: resolve(root, 'content'),
  generatedDocuments: resolve(root, 'src/content/documents'),
  generatedReports: resolve(root, 'src/content/generated/reports'),
  dist: resolve(root, 'dist'),
};
