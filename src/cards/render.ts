/**
 * Renders a card to PNG with sharp, cached on disk by content: the key is a hash of what the card
 * says and of everything that decides how it looks (this folder's code, the line breaker, the
 * vocabulary's character widths, the font package's and sharp's versions), so a rebuild renders
 * only cards whose text or design changed, and a change of design renders them all anew.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { PATHS } from '../publish/paths.ts';
import type { CardContent } from './content.ts';
import { cardFonts, fontVersion } from './fonts.ts';
import { cardSvg, cardTexts } from './svg.ts';

/** The source files whose code decides how a card looks, relative to the project root. */
const DESIGN_SOURCES = [
  'src/cards/content.ts',
  'src/cards/fonts.ts',
  'src/cards/render.ts',
  'src/cards/svg.ts',
  'src/lib/line-break.ts',
  'src/vocabulary/text.ts',
];

let design: string | null = null;

/** A hash of the cards' design: their code, the font and the rasteriser. */
function designHash(): string {
  design ??= createHash('sha256')
    .update(DESIGN_SOURCES.map((path) => readFileSync(resolve(path), 'utf8')).join('\0'))
    .update(`font ${fontVersion()} sharp ${sharp.versions.sharp} vips ${sharp.versions.vips}`)
    .digest('hex');
  return design;
}

export function cardKey(content: CardContent): string {
  return createHash('sha256').update(designHash()).update(JSON.stringify(content)).digest('hex').slice(0, 32);
}

/** SVG → PNG: 1200 × 630, 8-bit palette (flat colours and anti-aliased text need no more). */
export async function rasterise(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9, effort: 7 }).toBuffer();
}

/** Renders a card without the cache. */
export async function renderCardUncached(content: CardContent): Promise<Buffer> {
  return rasterise(cardSvg(content, await cardFonts(cardTexts(content))));
}

/** The card's PNG, from the cache when the same card was rendered before with the same design. */
export async function renderCard(content: CardContent, cacheDir: string = PATHS.cardCache): Promise<Buffer> {
  const file = join(cacheDir, `${cardKey(content)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderCardUncached(content);
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed, so that a build stopped midway never leaves half a card to be reused.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
