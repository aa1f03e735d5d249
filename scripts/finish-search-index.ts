/**
 * Build step after `pagefind` (src/search-index/): re-cuts the search index into small chunks
 * that each hold whole groups of words, and writes the result cards, so that a first search
 * downloads little, lists the new index files in the search page's preloads
 * (src/search-index/preload.ts), and removes Pagefind's ready-made interfaces, which the site does not use.
 * Part of `npm run build`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULT_CARDS_FILE } from '../src/lib/search/result-cards.ts';
import { PATHS } from '../src/publish/paths.ts';
import { basePath } from '../src/lib/site-address.ts';
import { readBundle, readFragments, removeUnusedUi, writeSplit } from '../src/search-index/bundle.ts';
import { withIndexPreloads } from '../src/search-index/preload.ts';
import { resultCards } from '../src/search-index/cards.ts';
import { splitIndexChunks } from '../src/search-index/split.ts';

const dir = join(PATHS.dist, 'pagefind');
try {
  const result = splitIndexChunks(readBundle(dir));
  writeSplit(dir, result);
  for (const { language, before, after, largestBytes } of result.languages) {
    console.log(
      `Search index (${language}): ${before} chunks re-cut into ${after}, largest ${(largestBytes / 1024).toFixed(1)} kB`,
    );
  }
  // The site has one index language (pagefind.yml forces zh-cn).
  const metaHash = result.languages[0]?.metaHash;
  if (!metaHash) throw new Error('Pagefind wrote no index.');
  const searchPage = join(PATHS.dist, 'search', 'index.html');
  writeFileSync(
    searchPage,
    withIndexPreloads(readFileSync(searchPage, 'utf8'), basePath(process.env.SITE_URL), metaHash),
  );
  console.log(`Unused Pagefind interfaces removed: ${removeUnusedUi(dir).join(', ') || 'none'}`);
  const cards = resultCards(readFragments(dir));
  writeFileSync(join(dir, RESULT_CARDS_FILE), JSON.stringify(cards));
  console.log(`Result cards: ${Object.keys(cards).length} pages`);
} catch (error) {
  console.error(`搜索索引处理失败：${(error as Error).message}`);
  process.exit(1);
}
