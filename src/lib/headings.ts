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
  return headings.map((heading) => ({ href: `#${heading.slug}`, text: heading.text, level: Math.min(heading.depth - top + 1, 4) }));
}

/** Attachments are printed as headings `附件`, `附件1 名单`, `附件： 分解表`; the label is tidied. */
export function attachments(headings: Heading[]): TocItem[] {
  return headings
    .filter((heading) => /^附件\s*\d*(?:[\s：:]|$)/.test(heading.text))
    .map((heading) => ({ href: `#${heading.slug}`, text: heading.text.replace(/^(附件\s*\d*)[\s：:]+/, '$1 ').trim(), level: 1 }));
}
