/**
 * A rehype plugin for the documents' Markdown: links each attachment announced in the text
 * (`附件：健康槐荫行动主要指标`, `附件：1. 甲目录` / `2. 乙名单`) to the attachment's heading further
 * down, and gives those headings short, readable ids (`#附件`, `#附件1`), so that a reader on a phone
 * jumps to a table instead of scrolling through the whole document. It runs before Astro assigns
 * heading ids, which keeps ids that are already set.
 */
import type { Element, Root } from 'hast';
import { descendantElements, elementText } from './hast-elements.ts';
import { matchAttachmentHeading } from './headings.ts';

const HEADING = /^h[1-6]$/;
const compact = (text: string) => text.replace(/\s+/g, '');

/** `附件：1. 甲目录` or `2. 乙名单` → `甲目录`; anything else is left as it is and will not match. */
function announcedTitle(element: Element): string {
  return compact(elementText(element))
    .replace(/^附件[：:]?/, '')
    .replace(/^\d+[.．、]/, '');
}

export function rehypeAttachmentLinks() {
  return (tree: Root): void => {
    const all = descendantElements(tree);
    const headings: { index: number; title: string; id: string }[] = [];
    const used = new Set<string>();
    all.forEach((element, index) => {
      if (!HEADING.test(element.tagName)) return;
      const match = matchAttachmentHeading(elementText(element));
      if (!match) return;
      const { number, title } = match;
      let id = `附件${number}`;
      for (let copy = 2; used.has(id); copy += 1) id = `附件${number}-${copy}`;
      used.add(id);
      element.properties = { ...element.properties, id };
      headings.push({ index, title: compact(title), id });
    });
    if (headings.length === 0) return;

    all.forEach((element, index) => {
      const announces =
        element.tagName === 'p' ||
        (element.tagName === 'li' &&
          !element.children.some((child) => child.type === 'element' && child.tagName === 'p'));
      if (!announces) return;
      const title = announcedTitle(element);
      // The heading announced is the next one with that title: a document that encloses two
      // others can have two attachments called 附件1.
      const target = headings.find((heading) => heading.index > index && heading.title === title);
      if (!title || !target) return;
      element.children = [
        { type: 'element', tagName: 'a', properties: { href: `#${target.id}` }, children: element.children },
      ];
    });
  };
}
