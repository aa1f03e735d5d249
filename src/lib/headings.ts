/**
 * The document's own table of contents and its attachments, from the headings Astro collects
 * while rendering the Markdown (each with the id it gives the heading).
 */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  href: string;
  text: string;
  /** 1 for the document's top headings, whatever Markdown depth they have. */
  level: number;
}

export function tocItems(headings: Heading[]): TocItem[] {
  const top = Math.min(...headings.map((heading) => heading.depth));
  return headings.map((heading) => ({
    href: `#${heading.slug}`,
    text: heading.text,
    level: Math.min(heading.depth - top + 1, 4),
  }));
}

/** An attachment's heading: `附件`, `附件1 名单`, `附件： 分解表` → number and title. */
const ATTACHMENT_LABEL = /^附件(?:\s*(\d+))?/;

/** An attachment's heading (`附件`, `附件1 名单`, `附件：分解表`): its number and title, or null. */
export function matchAttachmentHeading(text: string): { number: string; title: string } | null {
  const trimmed = text.trim();
  const label = ATTACHMENT_LABEL.exec(trimmed);
  if (!label) return null;
  const rest = trimmed.slice(label[0].length);
  if (rest !== '' && !/^[\s：:]/.test(rest)) return null;
  return { number: label[1] ?? '', title: rest.replace(/^[\s：:]+/, '') };
}

/**
 * Attachments are printed as headings `附件`, `附件1 名单`, `附件： 分解表`. Listed under the label
 * 附件, a single one is named by its title and numbered ones keep their number.
 */
export function attachments(headings: Heading[]): TocItem[] {
  return headings.flatMap((heading) => {
    const match = matchAttachmentHeading(heading.text);
    if (!match) return [];
    const { number, title } = match;
    const text = number ? `附件${number} ${title}`.trim() : title.trim() || '附件';
    return [{ href: `#${heading.slug}`, text, level: 1 }];
  });
}
