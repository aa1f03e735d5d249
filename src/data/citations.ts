/**
 * Citations between documents: a 文号 in the text (`（济发〔2020〕6号）`, any bracket or spacing the
 * vocabulary knows) or a title in 《…》. A citation resolves when the archive holds a document with
 * that 文号 or exactly that title (spaces aside); a 文号 that does not resolve is kept, ready to
 * link when its document is archived. A document never cites itself.
 */
import { findDocNumbers } from '../vocabulary/index.ts';
import { elementsNamed, elementText } from '../lib/hast-elements.ts';
import { bodyBlocks, type SourceDocument } from './source.ts';

export type CitationKind = 'docNumber' | 'title';

export interface CitationMention {
  kind: CitationKind;
  /** The normalised 文号, or the title without spaces. */
  cited: string;
  start: number;
  end: number;
}

const TITLE = /《([^《》]{4,150})》/g;

/** A title as citations are matched: without spaces. */
export function titleKey(title: string): string {
  return title.replace(/\s+/g, '');
}

/** Every 文号 and 《title》 in a text, in text order. */
export function findCitations(text: string): CitationMention[] {
  const mentions: CitationMention[] = findDocNumbers(text).map(({ start, end, docNumber }) => ({
    kind: 'docNumber',
    cited: docNumber,
    start,
    end,
  }));
  for (const match of text.matchAll(TITLE))
    mentions.push({
      kind: 'title',
      cited: titleKey(match[1]!),
      start: match.index,
      end: match.index + match[0].length,
    });
  return mentions.sort((a, b) => a.start - b.start);
}

export interface Citation {
  /** The citing document. */
  from: string;
  kind: CitationKind;
  cited: string;
  /** The archived document cited, or null. */
  target: string | null;
  /** How often the citing document names it. */
  count: number;
}

/** The documents of the archive by 文号 and by title, for resolving citations. */
export function archiveIndex(sources: readonly Pick<SourceDocument, 'id' | 'title' | 'docNumber'>[]): {
  docNumber: Map<string, string>;
  title: Map<string, string>;
} {
  return {
    docNumber: new Map(sources.flatMap((source) => (source.docNumber ? [[source.docNumber, source.id]] : []))),
    title: new Map(sources.map((source) => [titleKey(source.title), source.id])),
  };
}

/**
 * The citations of every document: each 文号 it names (resolved or not) and each 《title》 that
 * resolves, once per document with a count. Titles that name no archived document (laws, the
 * city's and the province's documents) are not citations of the archive and are left out.
 */
export function citations(sources: readonly SourceDocument[]): Citation[] {
  const index = archiveIndex(sources);
  return sources.flatMap((source) => {
    const found = new Map<string, Citation>();
    // Text blocks, and the cells of tables (a list of the documents a notice keeps or repeals).
    const texts = bodyBlocks(source.body).flatMap((block) =>
      block.kind === 'html'
        ? [...elementsNamed(block.html, 'td'), ...elementsNamed(block.html, 'th')].map(elementText)
        : [block.text],
    );
    for (const text of texts) {
      for (const mention of findCitations(text)) {
        const target = index[mention.kind].get(mention.cited) ?? null;
        if (target === source.id || (mention.kind === 'title' && !target)) continue;
        const key = `${mention.kind}\u0000${mention.cited}`;
        const citation = found.get(key) ?? {
          from: source.id,
          kind: mention.kind,
          cited: mention.cited,
          target,
          count: 0,
        };
        citation.count += 1;
        found.set(key, citation);
      }
    }
    return [...found.values()];
  });
}

/** A citation as the citing document's front matter holds it (the citing document is the holder). */
export type DocumentCitation = Omit<Citation, 'from'>;

/**
 * The citations of every document, by citing document: what build-content writes into each
 * document's front matter, so that a document whose citations change when another document is
 * archived is rendered again (Astro's content cache keys on the file).
 */
export function citationsByDocument(sources: readonly SourceDocument[]): Map<string, DocumentCitation[]> {
  const byDocument = new Map<string, DocumentCitation[]>();
  for (const { from, ...citation } of citations(sources))
    byDocument.set(from, [...(byDocument.get(from) ?? []), citation]);
  return byDocument;
}

export interface CitationLink {
  start: number;
  end: number;
  /** The id of the archived document cited. */
  target: string;
}

/**
 * Where a text cites an archived document, given the citing document's citations: each resolved
 * 文号 or 《title》 as printed, in text order. Links never nest: a 文号 inside a linked 《title》
 * is part of that link.
 */
export function citationLinks(text: string, documentCitations: readonly DocumentCitation[]): CitationLink[] {
  const targets = new Map(
    documentCitations.flatMap(({ kind, cited, target }): [string, string][] =>
      target ? [[`${kind}\u0000${cited}`, target]] : [],
    ),
  );
  if (targets.size === 0) return [];
  const links: CitationLink[] = [];
  for (const mention of findCitations(text)) {
    const target = targets.get(`${mention.kind}\u0000${mention.cited}`);
    const previous = links[links.length - 1];
    if (!target || (previous && mention.start < previous.end)) continue;
    links.push({ start: mention.start, end: mention.end, target });
  }
  return links;
}

/** `2021-4-03` → the document's route, `/2021/4/03/`. */
export function routeOfDocumentId(id: string): string {
  const [year, issue, order] = id.split('-');
  return `/${year}/${issue}/${order}/`;
}
