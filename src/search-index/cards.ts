/**
 * Builds the result cards (src/lib/search/result-cards.ts) from the fragments Pagefind wrote:
 * each fragment's `url` and `meta`, keyed by the fragment's hash, which is Pagefind's result id.
 */
import type { ResultCards } from '../lib/search/result-cards.ts';
import { SearchIndexFormatError, unpack, type BundleFiles } from './format.ts';

const FRAGMENT = /^fragment\/(.+)\.pf_fragment$/;

function isMeta(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' && value !== null && Object.values(value).every((field) => typeof field === 'string')
  );
}

/** Cards for the fragments among `files` (paths inside the bundle), in id order. */
export function resultCards(files: BundleFiles): ResultCards {
  const cards: ResultCards = {};
  const fragments = [...files.keys()].filter((path) => FRAGMENT.test(path)).sort();
  for (const path of fragments) {
    let fragment: { url?: unknown; meta?: unknown };
    try {
      fragment = JSON.parse(new TextDecoder().decode(unpack(path, files.get(path)!))) as typeof fragment;
    } catch (error) {
      if (error instanceof SearchIndexFormatError) throw error;
      throw new SearchIndexFormatError(path, 'not JSON');
    }
    if (typeof fragment.url !== 'string' || !isMeta(fragment.meta))
      throw new SearchIndexFormatError(path, 'no "url" and "meta" where Pagefind 1.6 keeps them');
    cards[FRAGMENT.exec(path)![1]!] = { url: fragment.url, meta: fragment.meta };
  }
  return cards;
}
