/**
 * A rehype plugin for the documents' Markdown: in a personnel notice, gives each appointment item
 * the id its record in the open data links to (`#任免3`, src/data/appointments.ts), numbering the
 * items with the same function as the records. The text is not touched. It runs before the raw
 * HTML of tables and signatures is parsed, so the paragraphs and list items it sees are exactly
 * the Markdown's.
 */
import { isPersonnelDocument, itemActions, appointmentAnchor } from '../data/appointments.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

interface AstroFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function text(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(text).join('');
}

/** Paragraphs and list items in document order; a list item holding paragraphs counts as those. */
function textBlocks(node: HastNode, found: HastNode[] = []): HastNode[] {
  for (const child of node.children ?? []) {
    if (child.type !== 'element') continue;
    const isBlock =
      child.tagName === 'p' || (child.tagName === 'li' && !child.children?.some((inner) => inner.tagName === 'p'));
    if (isBlock) found.push(child);
    else textBlocks(child, found);
  }
  return found;
}

export function rehypeAppointmentAnchors() {
  return (tree: HastNode, file: AstroFile): void => {
    const frontmatter = file.data.astro?.frontmatter ?? {};
    const title = typeof frontmatter.title === 'string' ? frontmatter.title : '';
    const docNumber = typeof frontmatter.docNumber === 'string' ? frontmatter.docNumber : null;
    if (!isPersonnelDocument({ title, docNumber })) return;
    const blocks = textBlocks(tree);
    let number = 0;
    itemActions(blocks.map(text)).forEach((action, index) => {
      if (!action) return;
      number += 1;
      const block = blocks[index]!;
      block.properties = { ...block.properties, id: appointmentAnchor(number) };
    });
  };
}
