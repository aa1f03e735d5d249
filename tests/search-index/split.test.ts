/**
 * Re-cutting a real Pagefind 1.6 bundle: the archive's built pages indexed by Pagefind's own
 * Node API (the same indexer `npm run build` runs), then split as the build splits it.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode, encode } from 'cborg';
import { chunkRanges, type ChunkRange, type IndexWord } from '../../src/search-index/chunks.ts';
import { readBundle } from '../../src/search-index/bundle.ts';
import { pack, unpack, UNDERSTOOD_PAGEFIND_VERSION, type BundleFiles } from '../../src/search-index/format.ts';
import { CHUNK_TARGET_BYTES, splitIndexChunks } from '../../src/search-index/split.ts';
import { atLeast } from '../support/at-least.ts';
import { DIST } from '../support/site.ts';
import { pagefindBundle } from './pagefind-bundle.ts';
import { unreachableWords } from './pagefind-runtime.ts';

let original: Map<string, Uint8Array>;
beforeAll(async () => {
  original = await pagefindBundle();
});

const decodeFile = (files: BundleFiles, path: string) => decode(unpack(path, files.get(path)!)) as unknown[];
const metaPath = (files: BundleFiles) => [...files.keys()].find((path) => path.endsWith('.pf_meta'))!;

/** The chunks of a bundle as its metadata lists them: ranges, and the words of each. */
function chunksOf(files: BundleFiles): { ranges: ChunkRange[]; words: IndexWord[][] } {
  const list = decodeFile(files, metaPath(files))[2] as [string, string, string][];
  return {
    ranges: list.map(([from, to]) => ({ from, to })),
    words: list.map(([, , hash]) => decodeFile(files, `index/${hash}.pf_index`)[0] as IndexWord[]),
  };
}

/** The bundle after the split: the original files, minus the removed, plus the written. */
function applied(files: BundleFiles): Map<string, Uint8Array> {
  const result = splitIndexChunks(files);
  const after = new Map(files);
  for (const path of result.remove) after.delete(path);
  for (const [path, bytes] of result.write) after.set(path, bytes);
  return after;
}

/** Words a query for one of their first three characters would not load. */
const unreachable = ({ ranges, words }: { ranges: ChunkRange[]; words: IndexWord[][] }) =>
  unreachableWords(ranges, words, 3);

describe('re-cutting the search index of the archive', () => {
  it('keeps every word with its postings, in Pagefind’s order', () => {
    // The archive's index holds some 36,000 words.
    const before = atLeast(30_000, chunksOf(original).words.flat(), 'words in the index');
    const after = chunksOf(applied(original)).words.flat();
    expect(after.length).toBe(before.length);
    expect(encode(after)).toEqual(encode(before));
  });

  it('changes nothing in the metadata but the chunk list, and the entry names the new metadata file', () => {
    const after = applied(original);
    const oldMeta = decodeFile(original, metaPath(original));
    const newMeta = decodeFile(after, metaPath(after));
    expect(newMeta.map((field, index) => (index === 2 ? null : field))).toEqual(
      oldMeta.map((field, index) => (index === 2 ? null : field)),
    );
    const entry = JSON.parse(new TextDecoder().decode(after.get('pagefind-entry.json'))) as {
      languages: Record<string, { hash: string }>;
    };
    expect(`pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`).toBe(metaPath(after));
    expect([...after.keys()].filter((path) => path.endsWith('.pf_meta'))).toHaveLength(1);
  });

  it('lists exactly the chunk files it writes, and removes Pagefind’s', () => {
    const after = applied(original);
    const listed = (decodeFile(after, metaPath(after))[2] as string[][])
      .map(([, , hash]) => `index/${hash}.pf_index`)
      .sort();
    expect([...after.keys()].filter((path) => path.startsWith('index/')).sort()).toEqual(listed);
  });

  it('labels Pagefind’s own cuts exactly as Pagefind does, so its ranges are read as it means them', () => {
    const { ranges, words } = chunksOf(original);
    expect(chunkRanges(words)).toEqual(ranges);
  });

  it('reaches every word of the archive from each of its first characters, which Pagefind’s own cuts do not', () => {
    expect(unreachable(chunksOf(original)).length).toBeGreaterThan(0);
    expect(unreachable(chunksOf(applied(original)))).toEqual([]);
  });

  it('makes chunks no larger than the target, except one whose words all begin with one character', () => {
    const { words } = chunksOf(applied(original));
    expect(words.length).toBeGreaterThan(chunksOf(original).words.length);
    const firstCharacters = (chunk: IndexWord[]) => new Set(chunk.map(([word]) => word.codePointAt(0))).size;
    // Most chunks pack several first characters (193 chunks today, a handful of them one large
    // group each); if hardly any did, the size limit below would be checked on almost nothing.
    const packed = atLeast(
      Math.ceil(words.length / 2),
      words.filter((chunk) => firstCharacters(chunk) > 1),
      'chunks of words with different first characters',
    );
    for (const chunk of packed) expect(encode(chunk).length).toBeLessThanOrEqual(CHUNK_TARGET_BYTES);
  });

  it('writes the same files for the same bundle', () => {
    const once = splitIndexChunks(original).write;
    const twice = splitIndexChunks(original).write;
    expect([...twice.keys()]).toEqual([...once.keys()]);
    for (const [path, bytes] of atLeast(100, once, 'files written'))
      expect(Buffer.compare(Buffer.from(twice.get(path)!), Buffer.from(bytes))).toBe(0);
  });

  it('is what the build did to the site’s own index', () => {
    const built = readBundle(join(DIST, 'pagefind'));
    expect(unreachable(chunksOf(built))).toEqual([]);
    const listed = (decodeFile(built, metaPath(built))[2] as string[][])
      .map(([, , hash]) => `index/${hash}.pf_index`)
      .sort();
    expect([...built.keys()].filter((path) => path.startsWith('index/')).sort()).toEqual(listed);
  });
});

describe('a bundle in a format it does not know stops the build', () => {
  const chunkPath = () => [...original.keys()].find((path) => path.startsWith('index/'))!;
  const withChunk = (bytes: Uint8Array) => new Map(original).set(chunkPath(), bytes);

  it('names a chunk that is not gzip', () => {
    expect(() => splitIndexChunks(withChunk(new TextEncoder().encode('not gzip')))).toThrow(
      `${chunkPath()}: not a gzip stream`,
    );
  });

  it('names a chunk without Pagefind’s signature', () => {
    expect(() => splitIndexChunks(withChunk(gzipSync(encode([[]]))))).toThrow(
      `${chunkPath()}: missing the pagefind_dcd signature`,
    );
  });

  it('names a chunk whose CBOR would not survive a round trip', () => {
    // A non-canonical integer (1 written in two bytes): decodable, but not what Pagefind writes.
    expect(() => splitIndexChunks(withChunk(pack(new Uint8Array([0x82, 0x80, 0x18, 0x01]))))).toThrow(
      'does not re-encode to the same bytes',
    );
  });

  it('refuses a bundle another Pagefind version wrote, before rewriting anything', () => {
    const entry = JSON.parse(new TextDecoder().decode(original.get('pagefind-entry.json'))) as Record<string, unknown>;
    const from = (version: unknown) =>
      new Map(original).set('pagefind-entry.json', new TextEncoder().encode(JSON.stringify({ ...entry, version })));
    expect(() => splitIndexChunks(from('1.7.0'))).toThrow(
      /pagefind-entry\.json: written by Pagefind "1\.7\.0".*Pagefind 1\.6\.0/,
    );
    expect(() => splitIndexChunks(from(undefined))).toThrow('written by Pagefind null');
  });

  it('understands the Pagefind version package.json pins, and that one only', () => {
    const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> })
      .dependencies;
    expect(pinned.pagefind).toBe(UNDERSTOOD_PAGEFIND_VERSION);
  });

  it('names a chunk with fields it does not know, and says which Pagefind version it understands', () => {
    expect(() => splitIndexChunks(withChunk(pack(encode([[], 'new field']))))).toThrow(
      /not a list of words.*Pagefind 1\.6\.0/,
    );
  });
});
