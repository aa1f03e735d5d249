/**
 * A browser module the site serves as a file of its own (`/read-aloud.js`), bundled with esbuild
 * at build time from a TypeScript entry, for code that pages load only when a reader asks for it
 * (src/pages/*.js.ts). Vite would split such code off too, but its dynamic imports bring a
 * preloading helper (about 1 kB gzipped) onto every page that might load it, and page weight is
 * budgeted (scripts/bench/pages.ts). Pages import it with `import(/* @vite-ignore *\/ url)`.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

export async function pageModule(entry: string): Promise<Response> {
  const { outputFiles } = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  });
  return new Response(outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
