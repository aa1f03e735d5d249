/**
 * The cards' typeface: Noto Sans SC (SIL Open Font License), installed from npm with the project
 * (`@expo-google-fonts/noto-sans-sc`, whose static TrueType files cover the whole of Simplified
 * Chinese), never a font of the machine. For each card the two weights are cut down to the
 * characters the card uses (subset-font, HarfBuzz's hb-subset) and read by opentype.js, which
 * turns every line into SVG outlines: the rasteriser then needs no font at all, so a card is the
 * same picture on every machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse, type Font } from 'opentype.js/dist/opentype.mjs';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** The package and its two weights the cards use. */
export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FONT_FILES = {
  regular: `${FONT_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`,
  bold: `${FONT_PACKAGE}/700Bold/NotoSansSC_700Bold.ttf`,
} as const;

export type Weight = keyof typeof FONT_FILES;
export type CardFonts = Record<Weight, Font>;

/** Where the package put a weight's TrueType file. */
export function fontPath(weight: Weight): string {
  return require.resolve(FONT_FILES[weight]);
}

const files = new Map<Weight, Buffer>();

function fontFile(weight: Weight): Buffer {
  let file = files.get(weight);
  if (!file) {
    file = readFileSync(fontPath(weight));
    files.set(weight, file);
  }
  return file;
}

/** The package's version, part of every card's cache key: a new font renders every card anew. */
export function fontVersion(): string {
  return (require(`${FONT_PACKAGE}/package.json`) as { version: string }).version;
}

/** One weight cut down to `characters` and parsed. */
export async function subsetWeight(weight: Weight, characters: string): Promise<Font> {
  const subset = await subsetFont(fontFile(weight), characters, { targetFormat: 'truetype' });
  return parse(subset.buffer.slice(subset.byteOffset, subset.byteOffset + subset.byteLength) as ArrayBuffer);
}

/** Both weights, each holding only the characters of `texts`. */
export async function cardFonts(texts: { regular: string; bold: string }): Promise<CardFonts> {
  const unique = (text: string) => [...new Set(text)].join('');
  return {
    regular: await subsetWeight('regular', unique(texts.regular)),
    bold: await subsetWeight('bold', unique(texts.bold)),
  };
}
