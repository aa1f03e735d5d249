/**
 * Helpers for browser tests: the reading modes a page can be seen in, axe-core, overflow.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { LARGE, READING_MODE_ATTRIBUTE, READING_MODE_KEY } from '../../src/lib/reading-mode.ts';

export type ReadingMode = 'normal' | 'large';
export const READING_MODES: ReadingMode[] = ['normal', 'large'];

/** Saves the reading mode in localStorage before any page script runs, as a returning reader has it. */
export async function useReadingMode(context: BrowserContext, mode: ReadingMode): Promise<void> {
  if (mode === 'large')
    await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [READING_MODE_KEY, LARGE]);
}

/** The mode the page actually shows, so a test can prove it tested the mode it meant to. */
export async function shownReadingMode(page: Page): Promise<ReadingMode> {
  const value = await page.evaluate(
    (attribute) => document.documentElement.getAttribute(attribute),
    READING_MODE_ATTRIBUTE,
  );
  return value === LARGE ? 'large' : 'normal';
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeSummary {
  violations: { id: string; impact: string | null; help: string; nodes: string[] }[];
  passes: number;
}

export async function runAxe(page: Page): Promise<AxeSummary> {
  await page.addScriptTag({ path: AXE_SOURCE });
  return page.evaluate(async (tags) => {
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
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      violations: results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      })),
      passes: results.passes.length,
    };
  }, AXE_TAGS);
}

/** How far the page is wider than the viewport, in CSS pixels (0 when it reflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The search page fills its results after loading Pagefind; wait for the network to settle. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
}
