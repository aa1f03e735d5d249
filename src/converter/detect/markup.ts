/**
 * Extractor markup is not the gazette's text: `# ` heading marks, `- ` bullets, `**` bold, HTML
 * tags such as `<p>` and `<sub>`, LaTeX-like `_{…}` subscripts and backslash escapes. Each piece
 * removed is journaled as an artefact with its line, so nothing disappears unaccounted.
 */
import type { Journal } from '../types.ts';

/** HTML-like tags (opening, closing, self-closing) as they appear in extracted table cells. */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;

/**
 * Removes HTML tags from a line, journaling each one. Text between tags is kept. Repeated until no
 * tag is left, so that removing one cannot leave another behind (`<scr<b>ipt>` → `<script>`).
 */
export function stripHtmlTags(text: string, line: number, journal: Journal): string {
  let result = text;
  for (let previous = ''; previous !== result;) {
    previous = result;
    result = result.replace(HTML_TAG, (tag) => {
      journal.artefacts.push({ line, kind: 'html-tag', text: tag });
      // A closing block tag ends a paragraph; the next paragraph of the same cell starts a new line.
      return /^<\/(p|div|li)>$/i.test(tag) ? '\n' : '';
    });
  }
  return result;
}

/**
 * Strips the markup an extraction tool adds to a line. `#` is only a heading mark when a space
 * follows (`#限额以上零售额` means "of which" and stays); `- ` is only a bullet at the line start.
 */
export function stripExtractorMarkup(text: string, line: number, journal: Journal): string {
  let result = text;
  const removeOnce = (pattern: RegExp) => {
    result = result.replace(pattern, (found) => {
      journal.artefacts.push({ line, kind: 'extractor-markup', text: found });
      return '';
    });
  };
  removeOnce(/^\s*#{1,6}[ \t]+/);
  removeOnce(/^\s*[-*+][ \t]+(?=\S)/);
  result = result.replace(/\*\*/g, (found) => {
    journal.artefacts.push({ line, kind: 'extractor-markup', text: found });
    return '';
  });
  result = result.replace(/_\{([^{}]*)\}|_(?=[A-Z0-9])/gi, (found, inner: string | undefined) => {
    journal.artefacts.push({
      line,
      kind: 'extractor-markup',
      text: inner === undefined ? '_' : found.replace(inner, ''),
    });
    return inner ?? '';
  });
  result = result.replace(/\\([!-/:-@[-`{-~])/g, (found, char: string) => {
    journal.repairs.push({ line, kind: 'unescaped-character', before: found, after: char });
    return char;
  });
  const stripped = stripHtmlTags(result, line, journal).replace(/\n[ \t]*(?=\t|$)|\n(?=\n)/g, '');
  // Trailing spaces go, unless a TAB among them ends an empty cell; found from the end, not by a
  // pattern anchored at the end, which would be tried at every position of the line.
  let end = stripped.length;
  while (end > 0 && (stripped[end - 1] === ' ' || stripped[end - 1] === '\t')) end -= 1;
  const trailing = stripped.slice(end);
  return trailing.includes('\t') ? stripped : stripped.slice(0, end);
}
