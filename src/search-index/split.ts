/**
 * Re-cuts the index chunks of a Pagefind 1.6 bundle (see chunks.ts for why), leaving every word
 * and posting exactly as Pagefind wrote it. Works on the bundle's files in memory: it takes the
 * files Pagefind wrote and returns the files to write and the files to delete.
 *
 * What changes: `index/*.pf_index` (new cuts, named by content), the `.pf_meta` file (its chunk
 * list; renamed because its content changed) and `pagefind-entry.json` (which names the
 * metadata file). Nothing else in the metadata is touched.
 */
import { chunkRanges, groupByFirstCharacter, packGroups, type IndexWord } from './chunks.ts';
import {
  contentHash,
  decodeExactly,
  encode,
  pack,
  SearchIndexFormatError,
  UNDERSTOOD_PAGEFIND_VERSION,
  unpack,
  type BundleFiles,
} from './format.ts';

/**
 * Bytes of CBOR per chunk before gzip (gzip halves Chinese postings). 8 kB makes the chunk of a
 * typical query term 3–5 kB on the wire, while the chunk list every search loads first stays
 * 3 kB; `npm run bench` compared 4, 8 and 16 kB (README, "Search").
 */
export const CHUNK_TARGET_BYTES = 8 * 1024;

export interface SplitResult {
  /** Files to write, by path inside the bundle. */
  write: Map<string, Uint8Array>;
  /** Files Pagefind wrote that are no longer used. */
  remove: string[];
  /** Per language: its new metadata's hash, chunk counts and the largest chunk, gzipped, for the build log. */
  languages: { language: string; metaHash: string; before: number; after: number; largestBytes: number }[];
}

interface Entry {
  version?: unknown;
  languages: Record<string, { hash: string }>;
}

/** The metadata's field holding the chunk list ([from, to, hash] triples), in Pagefind 1.6. */
const META_CHUNKS_FIELD = 2;
const ENTRY = 'pagefind-entry.json';

const text = new TextDecoder();

function required(files: BundleFiles, path: string): Uint8Array {
  const bytes = files.get(path);
  if (!bytes) throw new SearchIndexFormatError(path, 'missing from the bundle');
  return bytes;
}

function readEntry(files: BundleFiles): Entry {
  const entry = JSON.parse(text.decode(required(files, ENTRY))) as Entry;
  if (entry.version !== UNDERSTOOD_PAGEFIND_VERSION)
    throw new SearchIndexFormatError(ENTRY, `written by Pagefind ${JSON.stringify(entry.version ?? null)}`);
  if (typeof entry.languages !== 'object' || entry.languages === null)
    throw new SearchIndexFormatError(ENTRY, 'no "languages" object');
  return entry;
}

function isChunkList(value: unknown): value is [string, string, string][] {
  return (
    Array.isArray(value) &&
    value.every((item) => Array.isArray(item) && item.length === 3 && item.every((part) => typeof part === 'string'))
  );
}

function isWordList(value: unknown): value is IndexWord[] {
  return Array.isArray(value) && value.every((word) => Array.isArray(word) && typeof word[0] === 'string');
}

/** The shortest prefix of the digest not yet taken, at least `length` long (Pagefind's scheme). */
function uniqueName(digest: string, length: number, taken: Set<string>): string {
  let size = length;
  while (taken.has(digest.slice(0, size)) && size < digest.length) size += 1;
  taken.add(digest.slice(0, size));
  return digest.slice(0, size);
}

function splitLanguage(
  files: BundleFiles,
  language: string,
  metaHash: string,
  targetBytes: number,
  result: SplitResult,
): string {
  const metaPath = `pagefind.${metaHash}.pf_meta`;
  const meta = decodeExactly(metaPath, unpack(metaPath, required(files, metaPath)));
  const chunkList = Array.isArray(meta) ? meta[META_CHUNKS_FIELD] : undefined;
  if (!Array.isArray(meta) || !isChunkList(chunkList))
    throw new SearchIndexFormatError(metaPath, 'no chunk list where Pagefind 1.6 keeps it');

  const words: IndexWord[] = [];
  for (const [, , hash] of chunkList) {
    const path = `index/${hash}.pf_index`;
    const chunk = decodeExactly(path, unpack(path, required(files, path)));
    if (!Array.isArray(chunk) || chunk.length !== 1 || !isWordList(chunk[0]))
      throw new SearchIndexFormatError(path, 'not a list of words');
    words.push(...chunk[0]);
    result.remove.push(path);
  }

  const chunks = packGroups(groupByFirstCharacter(words), targetBytes, (word) => encode(word).length);
  const ranges = chunkRanges(chunks);
  const taken = new Set<string>();
  let largestBytes = 0;
  const newList = chunks.map((chunk, index) => {
    const cbor = encode([chunk]);
    const hash = `${language}_${uniqueName(contentHash(cbor), 7, taken)}`;
    const file = pack(cbor);
    largestBytes = Math.max(largestBytes, file.length);
    result.write.set(`index/${hash}.pf_index`, file);
    return [ranges[index]!.from, ranges[index]!.to, hash];
  });

  const newMetaCbor = encode(meta.map((field, index) => (index === META_CHUNKS_FIELD ? newList : field)));
  const newMetaHash = `${language}_${contentHash(newMetaCbor).slice(0, 13)}`;
  result.remove.push(metaPath);
  result.write.set(`pagefind.${newMetaHash}.pf_meta`, pack(newMetaCbor));
  result.languages.push({
    language,
    metaHash: newMetaHash,
    before: chunkList.length,
    after: newList.length,
    largestBytes,
  });
  return newMetaHash;
}

/** Re-cuts every language's index in a bundle. Throws SearchIndexFormatError on a format it does not know. */
export function splitIndexChunks(files: BundleFiles, targetBytes = CHUNK_TARGET_BYTES): SplitResult {
  const result: SplitResult = { write: new Map(), remove: [], languages: [] };
  const entry = readEntry(files);
  for (const [language, details] of Object.entries(entry.languages)) {
    details.hash = splitLanguage(files, language, details.hash, targetBytes, result);
  }
  result.write.set(ENTRY, new TextEncoder().encode(JSON.stringify(entry)));
  result.remove = result.remove.filter((path) => !result.write.has(path));
  return result;
}
