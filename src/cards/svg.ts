/**
 * A social card as SVG, 1200 × 630 (the size Open Graph and Twitter show best): a red band with
 * the masthead (and the issue), then the section, the title, a note, a rule and the 文号 and
 * date. Every line of text is drawn as glyph outlines from the subset fonts (fonts.ts), broken by
 * breakLines (src/lib/line-break.ts). The title takes the largest size at which it fits whole;
 * only a title too long for five lines at the smallest size is cut, with “…”.
 */
import type { Font } from 'opentype.js/dist/opentype.mjs';
import { breakLines } from '../lib/line-break.ts';
import { displayWidth } from '../vocabulary/text.ts';
import { MASTHEAD, type CardContent } from './content.ts';
import type { CardFonts } from './fonts.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 72;
export const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const BAND_HEIGHT = 120;
const TITLE_SIZES = [64, 56, 50, 44, 40];
const TITLE_BOTTOM = 500;
const RULE_Y = 522;
const ELLIPSIS = '…';

const COLOURS = { band: '#9b1c1c', onBand: '#ffffff', paper: '#fffdf8', text: '#1f1f1f', muted: '#595959' };

/** The texts a card draws in each weight, for cutting the fonts down to them (fonts.ts). */
export function cardTexts(content: CardContent): { regular: string; bold: string } {
  return {
    bold: `${MASTHEAD}${content.title}${ELLIPSIS}`,
    regular: [content.issue, content.kicker, content.note, content.footer].filter(Boolean).join(''),
  };
}

/** Cells a line of `size` px may hold: a cell is half an em; one is kept spare for Latin letters and digits, which are wider. */
function cellsAt(size: number, width = TEXT_WIDTH): number {
  return Math.floor(width / (size / 2)) - 1;
}

/** The title's lines and size: the largest size at which all of it fits in `height`. */
export function fitTitle(title: string, height: number): { size: number; lineHeight: number; lines: string[] } {
  for (const size of TITLE_SIZES) {
    const lineHeight = Math.round(size * 1.3);
    const lines = breakLines(title, cellsAt(size));
    if (lines.length * lineHeight <= height) return { size, lineHeight, lines };
  }
  const size = TITLE_SIZES.at(-1)!;
  const lineHeight = Math.round(size * 1.3);
  const cells = cellsAt(size);
  const all = breakLines(title, cells);
  const kept = all.slice(0, Math.max(1, Math.floor(height / lineHeight)));
  let last = all.slice(kept.length - 1).join('');
  while (displayWidth(last + ELLIPSIS) > cells) last = [...last].slice(0, -1).join('');
  return { size, lineHeight, lines: [...kept.slice(0, -1), last + ELLIPSIS] };
}

/** One line of text as a filled outline; refuses a character the font does not have (it would show as a box). */
function textPath(font: Font, text: string, x: number, baseline: number, size: number, fill: string): string {
  for (const char of text)
    if (!/\s/.test(char) && font.charToGlyphIndex(char) === 0)
      throw new Error(
        `social card: the font has no glyph for “${char}” (U+${char.codePointAt(0)!.toString(16).toUpperCase()}) in “${text}”`,
      );
  return `<path fill="${fill}" d="${font.getPath(text, x, baseline, size).toPathData(2)}"/>`;
}

/** Right-aligned at `right`. */
function textPathEnd(font: Font, text: string, right: number, baseline: number, size: number, fill: string): string {
  return textPath(font, text, right - font.getAdvanceWidth(text, size), baseline, size, fill);
}

export function cardSvg(content: CardContent, fonts: CardFonts): string {
  const parts: string[] = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.paper}"/>`,
    `<rect width="${CARD_WIDTH}" height="${BAND_HEIGHT}" fill="${COLOURS.band}"/>`,
    textPath(fonts.bold, MASTHEAD, MARGIN, 76, 44, COLOURS.onBand),
  ];
  if (content.issue) parts.push(textPathEnd(fonts.regular, content.issue, CARD_WIDTH - MARGIN, 74, 32, COLOURS.onBand));

  let top = BAND_HEIGHT + 48;
  if (content.kicker) {
    parts.push(textPath(fonts.regular, content.kicker, MARGIN, top + 30, 30, COLOURS.muted));
    top += 62;
  }
  const noteSize = 32;
  const noteLineHeight = 46;
  const noteLines = content.note ? breakLines(content.note, cellsAt(noteSize)).slice(0, 2) : [];
  const noteHeight = noteLines.length > 0 ? noteLines.length * noteLineHeight + 16 : 0;
  const title = fitTitle(content.title, TITLE_BOTTOM - top - noteHeight);
  title.lines.forEach((line, index) => {
    // The baseline sits at about 0.88 em in the line box for Noto Sans SC.
    const baseline = top + index * title.lineHeight + Math.round(title.size * 1.08);
    parts.push(textPath(fonts.bold, line, MARGIN, baseline, title.size, COLOURS.text));
  });
  top += title.lines.length * title.lineHeight + 16;
  noteLines.forEach((line, index) => {
    parts.push(textPath(fonts.regular, line, MARGIN, top + index * noteLineHeight + 34, noteSize, COLOURS.muted));
  });

  parts.push(`<rect x="${MARGIN}" y="${RULE_Y}" width="${TEXT_WIDTH}" height="4" fill="${COLOURS.band}"/>`);
  parts.push(textPath(fonts.regular, content.footer, MARGIN, 584, 32, COLOURS.text));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">${parts.join('')}</svg>`;
}
