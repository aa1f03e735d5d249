/**
 * What the build prints of the link check. A broken link is a fault of the site's code, never of
 * an issue file, so the verdict says so to the staff member who sees the build fail.
 */
import type { BrokenLink } from './index.ts';

/** The broken links listed per file, or the one-line result when there is none. */
export function formatLinkCheck(broken: BrokenLink[], fileCount: number): string {
  if (broken.length === 0) return `Link check: ${fileCount} files, no broken internal link.`;
  const lines = broken.map((link) => `  ${link.file}: ${link.where} “${link.url}”: ${link.reason}`);
  return [
    `Link check: ${broken.length} broken internal link${broken.length === 1 ? '' : 's'}:`,
    ...lines,
    `链接检查未通过：网站中有 ${broken.length} 个链接指向不存在的地址。这是网站程序的问题，不是公报文件的问题，请联系维护人员。`,
  ].join('\n');
}
