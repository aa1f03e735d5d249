/**
 * A model of how Pagefind 1.6's browser runtime picks the index chunks for a query term
 * (`request_indexes` in pagefind_web/src/lib.rs): every chunk whose range contains the term; if
 * none does, every chunk whose range contains it once both are cut to the shorter length.
 * Strings compare as UTF-8 bytes, as Rust compares them. The golden queries check the real
 * runtime; this model lets a test check every word of the index.
 */
import type { ChunkRange } from '../../src/search-index/chunks.ts';

const utf8 = (text: string) => Buffer.from(text);
const prefix = (characters: string[], length: number) => utf8(characters.slice(0, length).join(''));

/** A function giving the indexes of the chunks loaded for a term. */
export function chunkPicker(ranges: readonly ChunkRange[]): (term: string) => number[] {
  const prepared = ranges.map((range, index) => ({
    index,
    from: utf8(range.from),
    to: utf8(range.to),
    fromCharacters: [...range.from],
    toCharacters: [...range.to],
  }));
  return (term) => {
    const bytes = utf8(term);
    const strict = prepared.filter(
      ({ from, to }) => Buffer.compare(bytes, from) >= 0 && Buffer.compare(bytes, to) <= 0,
    );
    if (strict.length > 0) return strict.map(({ index }) => index);
    const characters = [...term];
    return prepared
      .filter(({ fromCharacters, toCharacters }) => {
        const fromLength = Math.min(characters.length, fromCharacters.length);
        const toLength = Math.min(characters.length, toCharacters.length);
        return (
          Buffer.compare(prefix(characters, fromLength), prefix(fromCharacters, fromLength)) >= 0 &&
          Buffer.compare(prefix(characters, toLength), prefix(toCharacters, toLength)) <= 0
        );
      })
      .map(({ index }) => index);
  };
}

/** Words that a query for one of their prefixes (up to `maxLength` characters) would not load. */
export function unreachableWords(
  ranges: readonly ChunkRange[],
  chunks: readonly (readonly (readonly [string, ...unknown[]])[])[],
  maxLength = Infinity,
): string[] {
  const pick = chunkPicker(ranges);
  const misses: string[] = [];
  chunks.forEach((chunk, index) => {
    for (const [word] of chunk) {
      const characters = [...word];
      for (let length = 1; length <= Math.min(maxLength, characters.length); length += 1) {
        const term = characters.slice(0, length).join('');
        if (!pick(term).includes(index)) misses.push(`${term} → ${word}`);
      }
    }
  });
  return misses;
}
