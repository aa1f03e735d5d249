/**
 * A real Pagefind 1.6 bundle for tests: the built site's pages indexed by Pagefind's Node API
 * (the indexer `npm run build` runs, here in memory), before the build's own changes to it.
 */
import * as pagefind from 'pagefind';
import { DIST } from '../support/site.ts';

export async function pagefindBundle(): Promise<Map<string, Uint8Array>> {
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error('Pagefind could not create an index');
    await index.addDirectory({ path: DIST });
    const { files } = await index.getFiles();
    return new Map(files.map(({ path, content }) => [path, content]));
  } finally {
    await pagefind.close();
  }
}
