/**
 * Pagefind's excerpts are HTML: the page's text, escaped, with matched words in <mark>. Rather
 * than trusting that and assigning innerHTML, the search page turns an excerpt into plain text
 * runs and builds the DOM itself, so nothing but text and <mark> can ever reach the page.
 */

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt on <mark>…</mark>; any other tag is dropped, its text kept. */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<\/?mark\b[^>]*>)/iu)) {
    if (/^<mark\b/iu.test(token)) marked = true;
    else if (/^<\/mark/iu.test(token)) marked = false;
    else {
      // `[^<>]`: a tag cannot hold `<`, and a run of `<` without `>` is not read again from each one.
      const text = decodeEntities(token.replace(/<[^<>]*>/gu, ''));
      if (!text) continue;
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}
