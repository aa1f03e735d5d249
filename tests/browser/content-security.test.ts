/**
 * Every page type runs under its Content-Security-Policy without a single violation — the search
 * page with results (Pagefind's WebAssembly included), a document highlighting a search, the
 * inline scripts of the reader settings (large text) and of the contents opened on a wide screen — while
 * a script injected into the page is refused. Violations are recorded from the
 * `securitypolicyviolation` event and from the console, where Chromium also reports them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM } from '../../src/lib/search/config.ts';
import { useSite } from '../support/browser.ts';
import { open, shownSettings, useSettings } from '../support/page-tools.ts';
import { PAGE_TYPES, PAGES, SEARCHED_DOCUMENT, type PageType } from '../support/pages.ts';
import { DIST } from '../support/site.ts';

const site = useSite();

interface Recorded {
  violations: string[];
  console: string[];
}

/** Opens a page recording every CSP violation it reports, from the first script on. */
async function openRecording(
  type: Pick<PageType, 'path' | 'heading' | 'status' | 'search'>,
  options: { large?: boolean; width?: number } = {},
): Promise<{ page: Page; recorded: Recorded; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width: options.width ?? 360, height: 800 } });
  if (options.large) await useSettings(context, { size: 'large' });
  await context.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) =>
      found.push(`${event.violatedDirective} ${event.blockedURI || '(inline)'}`),
    );
  });
  const page = await context.newPage();
  const recorded: Recorded = { violations: [], console: [] };
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) recorded.console.push(message.text());
  });
  await open(page, site.server.url + type.path, type);
  return {
    page,
    recorded,
    close: async () => {
      recorded.violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      await context.close();
    },
  };
}

const HIGHLIGHTED = {
  ...SEARCHED_DOCUMENT,
  path: `${SEARCHED_DOCUMENT.path}?${HIGHLIGHT_PARAM}=${encodeURIComponent('耕地保护')}`,
};

describe('the Content-Security-Policy', () => {
  for (const type of PAGE_TYPES) {
    it(`the ${type.name} page (${type.path}) declares it and the referrer policy, and runs without a violation`, async () => {
      const { page, recorded, close } = await openRecording(type);
      const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      const referrer = await page.getAttribute('meta[name="referrer"]', 'content');
      await close();
      for (const directive of ["object-src 'none'", "base-uri 'none'", "default-src 'self'", "form-action 'self'"])
        expect(policy).toContain(directive);
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(policy).not.toContain('unsafe-inline');
      expect(referrer).toBe('same-origin');
      expect(recorded).toEqual({ violations: [], console: [] });
    });
  }

  it('a document reached from a search highlights the terms without a violation', async () => {
    const { page, recorded, close } = await openRecording(HIGHLIGHTED);
    const marks = await page.locator('mark.search-hit').count();
    await close();
    expect(marks).toBeGreaterThan(0);
    expect(recorded).toEqual({ violations: [], console: [] });
  });

  it('the inline scripts run under it: the reader settings (large text), the contents opened on a wide screen', async () => {
    const { page, recorded, close } = await openRecording(PAGES.documentWithDeepHeadings, { large: true, width: 1280 });
    const shown = await shownSettings(page);
    const contentsOpen = await page.$eval('nav.toc details', (details) => (details as HTMLDetailsElement).open);
    await close();
    expect(shown).toMatchObject({ size: 'large' });
    expect(contentsOpen).toBe(true);
    expect(recorded).toEqual({ violations: [], console: [] });
  });

  it('refuses a script injected into the page, and reports it', async () => {
    const { page, recorded, close } = await openRecording(PAGES.home);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    await close();
    expect(ran).toBe(false);
    expect(recorded.violations).toEqual(['script-src-elem inline']);
  });
});

describe('the search bundle', () => {
  it('ships none of Pagefind’s ready-made interfaces, which the site does not use', () => {
    const files = readdirSync(join(DIST, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((name) => /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./.test(name))).toEqual([]);
    expect(existsSync(join(DIST, 'pagefind', 'pagefind-ui.js'))).toBe(false);
  });
});
