/**
 * Walking parsed HTML (hast): the elements below a node and an element's text, the same way for
 * the rehype plugins, the open data, the link check and the page policy.
 */
import type { Element, Nodes } from 'hast';
import { toText } from 'hast-util-to-text';

/** Every element below a node (the node itself included when it is one), in document order. */
export function descendantElements(node: Nodes, found: Element[] = []): Element[] {
  if (node.type === 'element') found.push(node);
  if ('children' in node) for (const child of node.children) descendantElements(child, found);
  return found;
}

/** Elements below a node with the given tag name, in document order. */
export function elementsNamed(node: Nodes, tagName: string): Element[] {
  return descendantElements(node).filter((element) => element !== node && element.tagName === tagName);
}

/** An element's text as a reader sees it. */
export function elementText(element: Element): string {
  return toText(element, { whitespace: 'pre' }).trim();
}
