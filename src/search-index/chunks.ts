/**
 * How the words of a Pagefind index are cut into chunks, and how the chunks' ranges are labelled.
 *
 * Pagefind 1.6 cuts its sorted word list every 20,000 word positions, wherever that falls. For
 * Chinese text a chunk is then ~37 kB gzipped and a query of two or three words loads two or
 * three of them. It also cuts between words with a common prefix (`主任` | `主体`), and a query
 * term only loads the chunks whose range contains it, so a one-character query `主` never
 * loads the words after the cut (`主体`, `主动`, …) and misses them.
 *
 * Here the cuts fall only between words with different first characters, and chunks are packed
 * up to a byte target: every word a term can match (it or a word beginning with it) is in one
 * chunk, and that chunk is small.
 */

/** One word of an index chunk as Pagefind encodes it: the word first, then its postings. */
export type IndexWord = readonly [word: string, ...postings: unknown[]];

/** The range of words a chunk holds, as Pagefind's metadata lists it beside the chunk's file hash. */
export interface ChunkRange {
  from: string;
  to: string;
}

const firstCharacter = (word: string) => String.fromCodePoint(word.codePointAt(0) ?? 0);

/** Consecutive runs of words that begin with the same character (the words are sorted). */
export function groupByFirstCharacter<W extends IndexWord>(words: readonly W[]): W[][] {
  const groups: W[][] = [];
  for (const word of words) {
    const last = groups.at(-1);
    if (last && firstCharacter(last[0]![0]) === firstCharacter(word[0])) last.push(word);
    else groups.push([word]);
  }
  return groups;
}

/**
 * Packs whole groups into chunks of at most `targetBytes` (by `sizeOf`); a group larger than
 * the target is a chunk of its own. Order is kept, so chunks stay sorted.
 */
export function packGroups<W>(groups: readonly W[][], targetBytes: number, sizeOf: (word: W) => number): W[][] {
  const chunks: W[][] = [];
  let current: W[] = [];
  let currentBytes = 0;
  for (const group of groups) {
    const groupBytes = group.reduce((total, word) => total + sizeOf(word), 0);
    if (current.length > 0 && currentBytes + groupBytes > targetBytes) {
      chunks.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(...group);
    currentBytes += groupBytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The characters two words share at their start, plus one: Pagefind's boundary labels. */
function boundaryLabels(last: string, next: string): [string, string] {
  const a = [...last];
  const b = [...next];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/**
 * Ranges for sorted, non-empty chunks, by Pagefind's own rule (`chunk_meta` in its indexer):
 * the outer ends are the first and last words, and at each cut both sides are shortened to the
 * shortest prefixes that still tell them apart.
 */
export function chunkRanges(chunks: readonly (readonly IndexWord[])[]): ChunkRange[] {
  const ranges = chunks.map((chunk) => ({ from: chunk[0]![0], to: chunk.at(-1)![0] }));
  for (let index = 0; index + 1 < ranges.length; index += 1) {
    const [to, from] = boundaryLabels(ranges[index]!.to, ranges[index + 1]!.from);
    ranges[index]!.to = to;
    ranges[index + 1]!.from = from;
  }
  return ranges;
}
