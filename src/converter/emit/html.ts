/**
 * HTML from hast, serialised by rehype-stringify: every text node is escaped, so source text
 * placed in these elements can never become markup.
 */
import type { Element } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

const serializer = unified().use(rehypeStringify);

export function elementToHtml(element: Element): string {
  return serializer.stringify({ type: 'root', children: [element] });
}
