/** Result cards from a real Pagefind bundle: what the search page lists before any excerpt loads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESULT_CARDS_FILE, type ResultCards } from '../../src/lib/search/result-cards.ts';
import { resultCards } from '../../src/search-index/cards.ts';
import { pack, unpack } from '../../src/search-index/format.ts';
import { atLeast } from '../support/at-least.ts';
import { ARCHIVE_SIZE, builtDocuments, DIST, routeOfPath } from '../support/site.ts';
import { pagefindBundle } from './pagefind-bundle.ts';

let bundle: Map<string, Uint8Array>;
beforeAll(async () => {
  bundle = await pagefindBundle();
});

const fragmentPaths = () => [...bundle.keys()].filter((path) => path.startsWith('fragment/'));
const encodeJson = (value: unknown) => pack(new TextEncoder().encode(JSON.stringify(value)));

describe('result cards', () => {
  it('give every fragment’s URL and meta under its id, the id Pagefind gives its result', () => {
    const cards = resultCards(bundle);
    expect(Object.keys(cards).sort()).toEqual(
      fragmentPaths()
        .map((path) => path.slice('fragment/'.length, -'.pf_fragment'.length))
        .sort(),
    );
    for (const path of atLeast(ARCHIVE_SIZE.documents, fragmentPaths(), 'fragments, one per document')) {
      const fragment = JSON.parse(new TextDecoder().decode(unpack(path, bundle.get(path)!))) as {
        url: string;
        meta: Record<string, string>;
      };
      const id = path.slice('fragment/'.length, -'.pf_fragment'.length);
      expect(cards[id]).toEqual({ url: fragment.url, meta: fragment.meta });
    }
  });

  it('carry each document’s title, issue, 文号 and date as the open data gives them', () => {
    const documents = builtDocuments();
    const byUrl = new Map(Object.values(resultCards(bundle)).map((card) => [card.url, card.meta]));
    expect(byUrl.size).toBe(documents.length);
    for (const document of documents) {
      // Cards hold the routes Pagefind stored; the open data prints URLs below the base path.
      const meta = byUrl.get(routeOfPath(document.url));
      expect(meta?.title, document.url).toBe(document.title);
      expect(meta?.docNumber ?? null, document.url).toBe(document.docNumber ?? null);
    }
  });

  it('are what the build wrote beside the site’s index', () => {
    const built = JSON.parse(readFileSync(join(DIST, 'pagefind', RESULT_CARDS_FILE), 'utf8')) as ResultCards;
    expect(
      atLeast(
        ARCHIVE_SIZE.documents,
        Object.values(built).map((card) => card.url),
        'result cards in dist/',
      ).sort(),
    ).toEqual(
      Object.values(resultCards(bundle))
        .map((card) => card.url)
        .sort(),
    );
  });

  it('stop the build, naming the fragment, when a fragment is not what Pagefind 1.6 writes', () => {
    const path = fragmentPaths()[0]!;
    expect(() => resultCards(new Map(bundle).set(path, pack(new TextEncoder().encode('{not json'))))).toThrow(
      `${path}: not JSON`,
    );
    expect(() => resultCards(new Map(bundle).set(path, encodeJson({ url: '/a/', meta: { title: 1 } })))).toThrow(
      `${path}: no "url" and "meta"`,
    );
  });
});
