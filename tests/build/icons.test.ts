import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast } from '../support/at-least.ts';
import { DIST, readDist, readDistJson, routeOfPath, sitePath } from '../support/site.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(join(DIST, path));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('home-screen icons', () => {
  it('renders every icon the manifest and pages name, at its stated size', () => {
    const manifest = readDistJson<{ icons: { src: string; sizes: string }[]; lang: string }>('manifest.webmanifest');
    expect(manifest.lang).toBe('zh-CN');
    // A phone's home screen wants at least the 192 and 512 px icons.
    for (const icon of atLeast(2, manifest.icons, 'icons in the manifest'))
      expect(pngSize(routeOfPath(icon.src).slice(1)).join('x')).toBe(icon.sizes);
    expect(pngSize('icons/180.png')).toEqual([180, 180]);
    expect(readDist('index.html')).toContain(`<link rel="apple-touch-icon" href="${sitePath('/icons/180.png')}">`);
  });
});
