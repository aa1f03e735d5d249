/**
 * Pagefind 1.6's file encoding, as its browser runtime reads it: a gzip stream of the signature
 * `pagefind_dcd` followed by the payload — one CBOR value in the metadata, index and filter
 * files, JSON in the page fragments. This step rewrites the metadata and the index chunks, and
 * reads the fragments (cards.ts); it never rewrites fragments or filters.
 */

/** A Pagefind bundle's files (or some of them), by path inside the bundle. */
export type BundleFiles = ReadonlyMap<string, Uint8Array>;
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/**
 * The Pagefind release whose files this step was written for and checked against (package.json
 * pins it). A bundle written by any other version is refused before anything is rewritten: a
 * change of meaning (a new chunk-range rule, grouped fragments) could re-encode losslessly and
 * still break the search.
 */
export const UNDERSTOOD_PAGEFIND_VERSION = '1.6.0';

/** Pagefind wrote something this step does not understand: its version or format has changed. */
export class SearchIndexFormatError extends Error {
  constructor(file: string, problem: string) {
    super(
      `${file}: ${problem}. This build step understands the index format of Pagefind ${UNDERSTOOD_PAGEFIND_VERSION}, the ` +
        'version package.json pins; after changing that version, check src/search-index/ against the new format.',
    );
    this.name = 'SearchIndexFormatError';
  }
}

/** The CBOR bytes inside a Pagefind file. */
export function unpack(file: string, bytes: Uint8Array): Uint8Array {
  let inflated: Uint8Array;
  try {
    inflated = gunzipSync(bytes);
  } catch {
    throw new SearchIndexFormatError(file, 'not a gzip stream');
  }
  const signed = SIGNATURE.every((byte, index) => inflated[index] === byte);
  if (!signed) throw new SearchIndexFormatError(file, 'missing the pagefind_dcd signature');
  return inflated.subarray(SIGNATURE.length);
}

/** A Pagefind file holding `cbor`. gzip output is deterministic (no name, no time), so builds are. */
export function pack(cbor: Uint8Array): Uint8Array {
  const signed = new Uint8Array(SIGNATURE.length + cbor.length);
  signed.set(SIGNATURE);
  signed.set(cbor, SIGNATURE.length);
  return gzipSync(signed, { level: 9 });
}

/**
 * Decodes CBOR and proves the decoding lossless: encoding the value again must give the same
 * bytes. Pagefind's encoder (minicbor) writes the same canonical form cborg does, so any
 * difference means a format this step would silently corrupt, and it stops instead.
 */
export function decodeExactly(file: string, cbor: Uint8Array): unknown {
  let value: unknown;
  try {
    value = decode(cbor);
  } catch (error) {
    throw new SearchIndexFormatError(file, `not CBOR (${(error as Error).message})`);
  }
  const again = encode(value);
  const same = again.length === cbor.length && again.every((byte, index) => byte === cbor[index]);
  if (!same) throw new SearchIndexFormatError(file, 'its CBOR does not re-encode to the same bytes');
  return value;
}

export { encode };

/** Hex digest used to name files by their content, so caches never serve a stale chunk. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
