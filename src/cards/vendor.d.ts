/** The parts of opentype.js and subset-font the social cards use (neither package ships types). */
/** The ES module build (the package's main file is a UMD bundle without named exports for Node). */
declare module 'opentype.js/dist/opentype.mjs' {
  export interface Path {
    toPathData(decimalPlaces?: number): string;
  }
  export interface Glyph {
    index: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    glyphs: { get(index: number): Glyph };
    charToGlyphIndex(char: string): number;
    getPath(text: string, x: number, y: number, fontSize: number): Path;
    getAdvanceWidth(text: string, fontSize: number): number;
  }
  export function parse(buffer: ArrayBuffer): Font;
}

declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2' },
  ): Promise<Uint8Array>;
}
