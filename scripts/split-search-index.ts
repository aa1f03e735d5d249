/**
 * Build step after `pagefind`: re-cuts the search index into small chunks that each hold whole
 * groups of words (src/search-index/), so a first search downloads little. Part of `npm run build`.
 */
import { join } from 'node:path';
import { PATHS } from '../src/publish/paths.ts';
import { readBundle, writeSplit } from '../src/search-index/bundle.ts';
import { splitIndexChunks } from '../src/search-index/split.ts';

const dir = join(PATHS.dist, 'pagefind');
try {
  const result = splitIndexChunks(readBundle(dir));
  writeSplit(dir, result);
  for (const { language, before, after, largestBytes } of result.languages) {
    console.log(`Search index (${language}): ${before} chunks re-cut into ${after}, largest ${(largestBytes / 1024).toFixed(1)} kB`);
  }
} catch (error) {
  console.error(`搜索索引处理失败：${(error as Error).message}`);
  process.exit(1);
}
