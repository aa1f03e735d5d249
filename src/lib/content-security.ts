/**
 * The pages' Content-Security-Policy, a <meta> tag Astro writes into every page (astro.config.mjs,
 * `security.csp`): scripts only from the site itself, Astro's bundled scripts and the two inline
 * scripts by their hashes, WebAssembly for Pagefind's search (`'wasm-unsafe-eval'`), no plugins
 * (`object-src 'none'`), no <base> (`base-uri 'none'`), forms only to the site. Astro adds the
 * hashes of its scripts and styles to script-src and style-src. The referrer policy (BaseLayout)
 * keeps searches and the documents read from being sent to other sites.
 */
import { createHash } from 'node:crypto';
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
