import { describe, expect, it } from 'vitest';
import { inlineHashes, scriptHash, withPagePolicy } from '../../src/lib/content-security.ts';
import { builtHtmlFiles, pathOfHtmlFile, readDist } from '../support/site.ts';

const OWN = 'console.log(1)';
const OTHER = 'console.log(2)';
const STYLE = '.a{color:red}';
const hashOf = (text: string) => `'${scriptHash(text)}'`;

/** A page as Astro writes it: the policy lists the hashes of every inline script and style of the site. */
function page(body: string): string {
  const policy =
    `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hashOf(OWN)} ${hashOf(OTHER)}; ` +
    `style-src 'self' ${hashOf(STYLE)} ${hashOf('.b{}')};`;
  return `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
}

const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('each page allows only its own inline scripts and styles', () => {
  it('keeps the hashes of the scripts and styles the page carries and drops the others', () => {
    const policy = policyOf(withPagePolicy(page(`<script>${OWN}</script><style>${STYLE}</style>`)));
    expect(policy).toBe(
      `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hashOf(OWN)}; style-src 'self' ${hashOf(STYLE)};`,
    );
  });

  it('hashes a module script too, but not an external script or a JSON-LD data block', () => {
    const html = `<script type="module">${OWN}</script><script src="/a.js"></script><script type="application/ld+json">{"a":1}</script>`;
    expect(inlineHashes(html)).toEqual(new Set([hashOf(OWN)]));
  });

  it('never adds a hash: a script Astro did not list stays refused', () => {
    const policy = policyOf(withPagePolicy(page(`<script>alert('not listed')</script>`)));
    expect(policy).not.toContain('sha256-');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('leaves a page without a policy as it was', () => {
    const html = '<!doctype html><p>no policy</p>';
    expect(withPagePolicy(html)).toBe(html);
  });
});

describe('the built pages', () => {
  it('each lists in its policy exactly the hashes of its own inline scripts and styles', () => {
    const files = builtHtmlFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const html = readDist(file);
      const listed = new Set(
        policyOf(html.slice(html.indexOf('http-equiv="content-security-policy"'))).match(/'sha256-[^']+'/g),
      );
      expect(listed, pathOfHtmlFile(file)).toEqual(inlineHashes(html));
    }
  });
});
