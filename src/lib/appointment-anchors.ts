/**
 * A rehype plugin for the documents' Markdown: in a personnel notice, gives each appointment item
 * the id its record in the open data links to (`#任免3`, src/data/appointments.ts), numbering the
 * items with the same function as the records. The text is not touched. It runs before the raw
 * HTML of tables and signatures is parsed, so the paragraphs and list items it sees are exactly
 * the Markdown's.
 */
import type { Element, Root } from 'hast';
import { appointmentAnchor, isPersonnelDocument, itemActions } from '../data/appointments.ts';
import { elementText } from './hast-elements.ts';
import { frontmatterOf, type AstroMarkdownFile } from './astro-markdown-file.ts';

/** Paragraphs and list items in document order; a list item holding paragraphs counts as those. */
function textBlocks(node: Root | Element, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const isBlock =
      child.tagName === 'p' ||
      (child.tagName === 'li' && !child.children.some((inner) => inner.type === 'element' && inner.tagName === 'p'));
    if (isBlock) found.push(child);
    else textBlocks(child, found);
  }
  return found;
}

export function rehypeAppointmentAnchors() {
  return (tree: Root, file: AstroMarkdownFile): void => {
    const frontmatter = frontmatterOf(file);
    const title = typeof frontmatter.title === 'string' ? frontmatter.title : '';
    const docNumber = typeof frontmatter.docNumber === 'string' ? frontmatter.docNumber : null;
    if (!isPersonnelDocument({ title, docNumber })) return;
    const blocks = textBlocks(tree);
    let number = 0;
    itemActions(blocks.map(elementText)).forEach((action, index) => {
      if (!action) return;
      number += 1;
      const block = blocks[index]!;
      block.properties = { ...block.properties, id: appointmentAnchor(number) };
    });
  };
}
