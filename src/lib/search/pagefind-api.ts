/** The part of Pagefind 1.6's browser JS API (dist/pagefind/pagefind.js) that the search page uses. */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Positions of the matched words inside this section. */
  locations: number[];
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindData>;
}

/** A filter value, or a compound (`{ any: [...] }`), as Pagefind accepts them. */
export type PagefindFilter =
  string | string[] | { any: string[] } | { all: string[] } | { none: string[] } | { not: string };

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts of each filter value among the results. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindOptions {
  noWorker?: boolean;
  excerptLength?: number;
  /** Replaces the entry file's cache-busting `?ts=` (a timestamp) with this tag. */
  metaCacheTag?: string;
  ranking?: Partial<Record<'termSimilarity' | 'pageLength' | 'termSaturation' | 'termFrequency', number>> & {
    metaWeights?: Record<string, number>;
  };
}

export interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, PagefindFilter>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
