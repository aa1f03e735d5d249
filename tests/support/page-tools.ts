/**
 * Helpers for browser tests: opening a page so that the test knows it got that page, the reader's
 * settings a page can be seen with, axe-core, overflow.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import {
  attributeOf,
  SETTINGS,
  SETTINGS_KEY,
  type ReaderSettings,
  type SettingName as ReaderSettingName,
} from '../../src/lib/reader-settings.ts';
import { settled } from '../search/support.ts';
import type { PageType } from './pages.ts';

/**
 * Saves the reader's settings in localStorage before any page script runs, as a returning reader
 * has them (on every page the context opens: a test of changing them opens its own context).
 */
export async function useSettings(context: BrowserContext, settings: ReaderSettings): Promise<void> {
  if (Object.keys(settings).length > 0)
    await context.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [SETTINGS_KEY, JSON.stringify(settings)],
    );
}

/** The settings the page actually shows (defaults left out), so a test can prove it tested what it meant to. */
export async function shownSettings(page: Page): Promise<ReaderSettings> {
  const attributes = SETTINGS.map(({ name }) => [name, attributeOf(name)] as const);
  return page.evaluate(
    (pairs) =>
      Object.fromEntries(
        pairs
          .map(([name, attribute]) => [name, document.documentElement.getAttribute(attribute)])
          .filter(([, value]) => value !== null),
      ) as ReaderSettings,
    attributes,
  );
}

/** The values a setting offers, the default first. */
export function optionsOf(setting: ReaderSettingName): string[] {
  return SETTINGS.find(({ name }) => name === setting)!.options.map(([value]) => value);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeSummary {
  violations: { id: string; impact: string | null; help: string; nodes: string[] }[];
  passes: number;
}

/**
 * Runs axe-core on the page: the WCAG 2.0–2.2 A and AA rules, or only the rules named (for
 * instance `color-contrast-enhanced`, the AAA contrast of 7:1 the high-contrast themes promise).
 */
export async function runAxe(page: Page, rules?: string[]): Promise<AxeSummary> {
  // Evaluated through the DevTools protocol, not added as a <script>: the page's
  // Content-Security-Policy allows no inline script but its own, and must stay in force.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (runOnly) => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{
              violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
              passes: unknown[];
            }>;
          };
        }
      ).axe;
      const results = await axe.run(document, { runOnly });
      return {
        violations: results.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          nodes: violation.nodes.map((node) => node.target.join(' ')),
        })),
        passes: results.passes.length,
      };
    },
    rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS },
  );
}

/** How far the page is wider than the viewport, in CSS pixels (0 when it reflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Opens a page of the site and proves it is the page asked for: the test server answers every
 * missing path with the 404 page, so without these checks a test of a page deleted from dist/
 * would quietly test the 404 page. Fails unless the response has the expected status (200 unless
 * said) and the page's one <h1> reads `expected.heading`; on the search page, also unless the
 * search its URL asks for ends as `expected.search` says. By default the page loads until the
 * network settles (the search page's excerpts, Pagefind's files), so it is tested as a reader sees it.
 */
export async function open(
  page: Page,
  url: string,
  expected: Pick<PageType, 'heading' | 'status' | 'search'>,
  waitUntil: 'load' | 'networkidle' = 'networkidle',
): Promise<void> {
  const response = await page.goto(url, { waitUntil });
  const status = response?.status() ?? null;
  const wanted = expected.status ?? 200;
  if (status !== wanted)
    throw new Error(
      `${url} answered with status ${status}, not ${wanted}: ${status === 404 ? 'the page is missing from dist/' : 'not the page asked for'}.`,
    );
  const headings = await page.$$eval('h1', (elements) =>
    elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
  if (headings.length !== 1 || headings[0] !== expected.heading)
    throw new Error(
      `${url} is not the page asked for: its own heading should be “${expected.heading}”, but the page has ${
        headings.length === 0 ? 'no <h1>' : headings.map((heading) => `<h1>“${heading}”`).join(', ')
      }.`,
    );
  if (expected.search) await settled(page, expected.search, new URL(url).searchParams.get('q')?.trim() ?? '');
}
