/**
 * Social cards show Chinese, not boxes: each character is drawn from the packaged font as its own
 * glyph and compared pixel by pixel with the boxes a renderer shows for a character it cannot
 * draw — the font's own “missing glyph” (.notdef, a crossed box) and a plain hollow box, as other
 * fonts draw it — and a character the font lacks stops the build instead of becoming a box. Needs
 * no built site.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type Font } from 'opentype.js/dist/opentype.mjs';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { documentCard, type CardDocument } from '../../src/cards/content.ts';
import { cardFonts, fontPath, subsetWeight, type Weight } from '../../src/cards/fonts.ts';
import { renderCard } from '../../src/cards/render.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, cardTexts, fitTitle, TEXT_WIDTH } from '../../src/cards/svg.ts';
import { atLeast } from '../support/at-least.ts';

const SIZE = 96;
/** Characters of the archive of every kind: common and rare hanzi, full-width brackets and signs, digits. */
const CHARACTERS = [...'槐荫区政府公报〔〕（）《》“”、。号第期年月日2021'];

/** An outline drawn black on white, as 8-bit grey pixels. */
async function pixels(path: string): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE + 16}" height="${SIZE + 32}"><rect width="100%" height="100%" fill="#fff"/><path d="${path}"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).greyscale().raw().toBuffer());
}

/** A character drawn as the cards draw it, from the font cut down to the characters used. */
function glyphPixels(font: Font, character: string): Promise<Uint8Array> {
  return pixels(font.glyphs.get(font.charToGlyphIndex(character)).getPath(8, SIZE, SIZE).toPathData(2));
}

/** The whole font's .notdef glyph: what this font shows for a character it lacks. */
async function notdefPixels(weight: Weight): Promise<Uint8Array> {
  const file = readFileSync(fontPath(weight));
  const font = parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  return pixels(font.glyphs.get(0).getPath(8, SIZE, SIZE).toPathData(2));
}

/** A hollow box of one em, as most fonts draw a missing character. */
const HOLLOW_BOX = `M16 ${SIZE - 80}H${SIZE}V${SIZE + 8}H16Z M24 ${SIZE - 72}V${SIZE}H${SIZE - 8}V${SIZE - 72}Z`;

/** Share of pixels that are ink (darker than mid-grey). */
const ink = (pixels: Uint8Array) => pixels.filter((value) => value < 128).length / pixels.length;
/** Share of pixels on which two drawings disagree (one ink, the other not). */
const difference = (a: Uint8Array, b: Uint8Array) =>
  a.filter((value, index) => value < 128 !== b[index]! < 128).length / a.length;

const cacheDir = mkdtempSync(join(tmpdir(), 'cards-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const LONG: CardDocument = {
  title:
    '济南市槐荫区人民政府关于印发槐荫区推进学前教育普及普惠发展总体规划（2021—2024年）和槐荫区推进义务教育优质均衡发展工作总体规划（2021—2028年）的通知',
  issueTitle: '2021年第4期',
  section: '区政府文件',
  docNumber: '济槐政字〔2021〕20号',
  date: '2021-12-02',
};

describe('social cards', () => {
  it('draw every character as its own glyph, unlike the font’s missing-glyph box, a hollow box and each other', async () => {
    for (const weight of ['regular', 'bold'] as const) {
      const boxes = { notdef: await notdefPixels(weight), hollow: await pixels(HOLLOW_BOX) };
      for (const box of Object.values(boxes)) expect(ink(box), 'a box has ink to compare with').toBeGreaterThan(0.01);
      const glyphs = new Map<string, Uint8Array>();
      const font = await subsetWeight(weight, CHARACTERS.join(''));
      for (const character of atLeast(20, CHARACTERS, 'characters')) {
        const drawn = await glyphPixels(font, character);
        expect(ink(drawn), `${weight} “${character}” has ink`).toBeGreaterThan(0.002);
        for (const [name, box] of Object.entries(boxes))
          expect(difference(drawn, box), `${weight} “${character}” is not the ${name} box`).toBeGreaterThan(0.02);
        glyphs.set(character, drawn);
      }
      expect(difference(glyphs.get('槐')!, glyphs.get('荫')!)).toBeGreaterThan(0.02);
    }
  });

  it('refuse a character the font lacks rather than draw a box', async () => {
    const content = documentCard({ ...LONG, title: `通知\u{E000}` });
    const fonts = await cardFonts(cardTexts(content));
    expect(() => cardSvg(content, fonts)).toThrow(/no glyph for “\u{E000}” \(U\+E000\)/u);
  });

  it('render a 1200 × 630 PNG whose title lines fit the card at the largest size that holds the whole title', async () => {
    const content = documentCard(LONG);
    const png = await renderCard(content, cacheDir);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: CARD_WIDTH, height: CARD_HEIGHT });
    const title = fitTitle(content.title, 300);
    expect(title.lines.join('')).toBe(LONG.title);
    const fonts = await cardFonts(cardTexts(content));
    for (const line of atLeast(2, title.lines, 'title lines'))
      expect(fonts.bold.getAdvanceWidth(line, title.size), line).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('are rendered once: the same card comes from the cache, a changed one is rendered anew', async () => {
    const first = await renderCard(documentCard(LONG), cacheDir);
    const cached = readdirSync(cacheDir);
    expect(await renderCard(documentCard(LONG), cacheDir)).toEqual(first);
    expect(readdirSync(cacheDir)).toEqual(cached);
    await renderCard(documentCard({ ...LONG, date: '2021-12-03' }), cacheDir);
    expect(readdirSync(cacheDir).length).toBe(cached.length + 1);
  });
});
