/**
 * WCAG 2.2 AA, as far as axe-core can check it, on every page type in both reading modes and in
 * the system's light and dark colour schemes (contrast differs in each).
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';
import { open, READING_MODES, runAxe, shownReadingMode, useReadingMode } from '../support/page-tools.ts';
import { PAGE_TYPES } from '../support/pages.ts';

const site = useSite();

for (const mode of READING_MODES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`in ${mode} reading mode with ${colorScheme} colours`, () => {
      for (const type of PAGE_TYPES) {
        const { name, path } = type;
        it(`the ${name} page (${path}) has zero axe violations of WCAG 2.0–2.2 A and AA`, async () => {
          const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, colorScheme });
          await useReadingMode(context, mode);
          const page = await context.newPage();
          await open(page, site.server.url + path, type);
          expect(await shownReadingMode(page)).toBe(mode);
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
            colorScheme === 'dark',
          );
          const { violations, passes } = await runAxe(page);
          await context.close();
          expect(passes, 'axe ran its checks').toBeGreaterThan(10);
          expect(violations).toEqual([]);
        });
      }
    });
  }
}
