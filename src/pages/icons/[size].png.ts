/**
 * Home-screen and touch icons rendered from `public/favicon.svg` by sharp at build time, so the
 * one drawing serves every size and nothing binary is committed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export const ICON_SIZES = [180, 192, 512] as const;

export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params.size);
  const svg = readFileSync(join(process.cwd(), 'public', 'favicon.svg'));
  const png = await sharp(svg, { density: Math.ceil((72 * size) / 64) })
    .resize(size, size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
