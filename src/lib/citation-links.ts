/**
 * A rehype plugin for the documents' Markdown: links each citation of an archived document — a
 * 文号 or a 《title》 — to that document, in the text itself. The words are not touched: the link
 * wraps the citation as printed. Which citations resolve comes from the document's front matter
 * (`citations`, written by build-content against the whole archive, src/data/citations.ts), so a
 * document is rendered again when a document it cites is archived. Tables and signatures are raw
 * HTML at this stage; a block of them that cites an archived document is parsed here to link it.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { citationLinks, routeOfDocumentId, type DocumentCitation } from '../data/citations.ts';
import { frontmatterOf, type AstroMarkdownFile } from './astro-markdown-file.ts';
import { documentSchema } from './document-schema.ts';
import { withBase } from './site-address.ts';

type Parent = Root | Element;

/** The text split into text and links, or null when it cites no archived document. */
function linkedText(node: Text, citations: readonly DocumentCitation[], base: string): ElementContent[] | null {
  const links = citationLinks(node.value, citations);
  if (links.length === 0) return null;
  const parts: ElementContent[] = [];
  let at = 0;
  for (const { start, end, target } of links) {
    if (start > at) parts.push({ type: 'text', value: node.value.slice(at, start) });
    parts.push({
      type: 'element',
      tagName: 'a',
      properties: { href: withBase(routeOfDocumentId(target), base), className: ['citation'] },
      children: [{ type: 'text', value: node.value.slice(start, end) }],
    });
    at = end;
  }
  if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
  return parts;
}

/** Links the citations below a node; true when it linked any. Text already in a link is left alone. */
function linkCitations(parent: Parent, citations: readonly DocumentCitation[], base: string): boolean {
  let linked = false;
  const children: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      const parts = linkedText(child, citations, base);
      linked ||= parts !== null;
      children.push(...(parts ?? [child]));
    } else if (child.type === 'raw') {
      const fragment = fromHtml(child.value, { fragment: true });
      const rawLinked = linkCitations(fragment, citations, base);
      linked ||= rawLinked;
      children.push(...(rawLinked ? fragment.children : [child]));
    } else {
      if (child.type === 'element' && child.tagName !== 'a') linked = linkCitations(child, citations, base) || linked;
      children.push(child);
    }
  }
  if (linked) parent.children = children as Parent['children'];
  return linked;
}

export function rehypeCitationLinks(options: { base: string }) {
  return (tree: Root, file: AstroMarkdownFile): void => {
    const citations = documentSchema.shape.citations.parse(frontmatterOf(file).citations);
    if (citations.some((citation) => citation.target !== null)) linkCitations(tree, citations, options.base);
  };
}
