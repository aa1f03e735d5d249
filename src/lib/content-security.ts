/**
 * The pages' Content-Security-Policy, a <meta> tag Astro writes into every page (astro.config.mjs,
 * `security.csp`): scripts only from the site itself, Astro's bundled scripts and the two inline
 * scripts by their hashes, WebAssembly for Pagefind's search (`'wasm-unsafe-eval'`), no plugins
 * (`object-src 'none'`), no <base> (`base-uri 'none'`), forms only to the site. Astro adds the
 * hashes of its scripts and styles to script-src and style-src. The referrer policy (BaseLayout)
 * keeps searches and the documents read from being sent to other sites. Astro lists the hashes of
 * every inline script and style of the site on every page; after the build each page keeps only
 * its own (pagePolicies).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { descendantElements } from './hast-elements.ts';
import { INLINE_SCRIPTS } from './inline-scripts.ts';

export const REFERRER_POLICY = 'same-origin';

/** `sha256-…` of an inline script's text, as CSP names it. */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

export const CONTENT_SECURITY_POLICY = {
  directives: [
    "default-src 'self'" as const,
    "img-src 'self' data:" as const,
    "object-src 'none'" as const,
    "base-uri 'none'" as const,
    "form-action 'self'" as const,
  ],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: INLINE_SCRIPTS.map(scriptHash),
  },
};

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/gi;
const HASH_SOURCE = /'sha256-[A-Za-z0-9+/=]+'/g;

/** Script types a browser runs; a data block (`application/ld+json`) is not a script to CSP. */
function runsAsScript(element: Element): boolean {
  const type = String(element.properties.type ?? '').toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript';
}

/** The hashes, as CSP writes them, of the inline scripts and styles a page carries. */
export function inlineHashes(html: string): Set<string> {
  const inline = descendantElements(fromHtml(html)).filter(
    (element) =>
      element.tagName === 'style' || (element.tagName === 'script' && !element.properties.src && runsAsScript(element)),
  );
  // The hash is of the source text exactly as written, which is the element's raw text child.
  const source = (element: Element) =>
    element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  return new Set(inline.map((element) => `'${scriptHash(source(element))}'`));
}

/**
 * The page's policy with only the hashes of its own inline scripts and styles. Astro writes the
 * hashes of every inline script and style of the whole site into every page's policy (about 1 kB
 * of incompressible text on each); a page allows only what it runs, which is both smaller and
 * stricter. Hashes are only ever removed, never added: a page whose script Astro did not hash
 * stays refused, as the browser tests would show.
 */
export function withPagePolicy(html: string): string {
  const own = inlineHashes(html);
  let found = 0;
  const trimmed = html.replace(POLICY_META, (_, open: string, policy: string, close: string) => {
    found += 1;
    return (
      open +
      policy
        .replace(HASH_SOURCE, (hash) => (own.has(hash) ? hash : ''))
        .replace(/ {2,}/g, ' ')
        .replace(/ ;/g, ';') +
      close
    );
  });
  if (found > 1) throw new Error('A page carries more than one Content-Security-Policy <meta>.');
  return trimmed;
}

/** Gives every built page its own policy (withPagePolicy) once Astro has written them. */
export function pagePolicies(): AstroIntegration {
  return {
    name: 'page-content-security-policies',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const html = readFileSync(file, 'utf8');
          const trimmed = withPagePolicy(html);
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
      },
    },
  };
}
