/**
 * The file Astro's Markdown pipeline hands each rehype plugin of astro.config.mjs: the document's
 * front matter (the converter's, src/converter/emit) is in its data.
 */
export interface AstroMarkdownFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** The front matter of the document being rendered; empty for Markdown without any. */
export function frontmatterOf(file: AstroMarkdownFile): Record<string, unknown> {
  return file.data.astro?.frontmatter ?? {};
}
