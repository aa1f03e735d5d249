/**
 * Characters that extraction or OCR got wrong without changing the wording: traditional forms in
 * a gazette printed in simplified characters, and full-width digits. The gazette prints only
 * characters of GB 2312; a Chinese character outside it that OpenCC's traditional→simplified table
 * maps to another character is a misrecognised traditional form. Characters inside GB 2312 are
 * never touched, so 乾隆 and 著作 stay as printed.
 */
import * as OpenCC from 'opencc-js';
import { RADICAL_PAIRS } from './radicals.data.ts';

const toSimplifiedChina = OpenCC.Converter({ from: 't', to: 'cn' });

/** The Chinese characters of GB 2312 (rows 0xB0–0xF7), decoded from their byte pairs. */
function gb2312Hanzi(): Set<string> {
  const decoder = new TextDecoder('gb18030');
  const characters = new Set<string>();
  for (let high = 0xb0; high <= 0xf7; high += 1) {
    for (let low = 0xa1; low <= 0xfe; low += 1) characters.add(decoder.decode(new Uint8Array([high, low])));
  }
  return characters;
}

const GB2312_HANZI = gb2312Hanzi();

/** The simplified form of a misrecognised traditional character, or null when `char` is fine. */
export function simplifiedForm(char: string): string | null {
  if (GB2312_HANZI.has(char) || !/\p{Script=Han}/u.test(char)) return null;
  const simplified = toSimplifiedChina(char);
  return simplified !== char && [...simplified].length === 1 && GB2312_HANZI.has(simplified) ? simplified : null;
}

/** Radicals (⼈ U+2F08, ⺠ U+2EA0) that PDF text layers give for the ideographs they stand for. */
const RADICALS: ReadonlyMap<string, string> = new Map(
  [...RADICAL_PAIRS].flatMap((char, index, chars) => (index % 2 === 0 ? [[char, chars[index + 1]!] as const] : [])),
);

/**
 * Characters a PDF's text layer encodes otherwise than the printed character: radicals for the
 * ideographs they look like (in their simplified form where the equivalent ideograph is a
 * traditional one), U+2015 for the dash (破折号), U+2329/U+232A for 〈〉. Returns the
 * printed character, or null when `char` is one.
 */
export function printedForm(char: string): string | null {
  const ideograph = RADICALS.get(char);
  // The radical stands for the glyph a simplified-Chinese font prints: ⼾ (U+2F3E) is equivalent
  // to 戶, but the page shows 户, the form the gazette's character set has.
  if (ideograph) return simplifiedForm(ideograph) ?? ideograph;
  if (char === '\u2015') return '—';
  if (char === '\u2329') return '〈';
  if (char === '\u232a') return '〉';
  return null;
}

/**
 * Characters no printed page shows, which a text layer or a copy may still carry: bidirectional
 * controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, U+200E/U+200F marks),
 * which can make a title read backwards on screen (`U+202E`), and zero-width characters (U+200B–
 * U+200D, U+2060, U+FEFF inside the text), which split words a search or a 文号 must match. Returns
 * the code point's name as a report shows it (`U+202E`), or null for a visible character.
 */
export function invisibleControl(char: string): string | null {
  return /^[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]$/.test(char)
    ? `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    : null;
}
