/**
 * WCAG 2.2 AA, as far as axe-core can check it, on every page type in every combination of the
 * reader's text size and colours: the system's light and dark schemes (配色 跟随系统) and the two
 * high-contrast themes the reader can choose; contrast differs in each. At the largest size the
 * other settings are at their largest too (wide spacing, large pointer and focus ring).
 */
import { describe, expect, it } from 'vitest';
import { LARGEST, type ReaderSettings } from '../../src/lib/reader-settings.ts';
import { useSite } from '../support/browser.ts';
import { open, optionsOf, runAxe, shownSettings, useSettings } from '../support/page-tools.ts';
import { PAGE_TYPES } from '../support/pages.ts';

const site = useSite();

const COLOURS = [
  { name: 'system light colours', colorScheme: 'light', theme: null },
  { name: 'system dark colours', colorScheme: 'dark', theme: null },
  { name: 'the high-contrast light theme under a dark system', colorScheme: 'dark', theme: 'light' },
  { name: 'the high-contrast dark theme under a light system', colorScheme: 'light', theme: 'dark' },
] as const;

for (const size of optionsOf('size')) {
  for (const colours of COLOURS) {
    const settings: ReaderSettings = {
      ...(size === LARGEST.size ? { spacing: LARGEST.spacing, pointer: LARGEST.pointer } : {}),
      ...(size === 'normal' ? {} : { size }),
      ...(colours.theme ? { theme: colours.theme } : {}),
    };
    describe(`at text size ${size} with ${colours.name}`, () => {
      for (const type of PAGE_TYPES) {
        const { name, path } = type;
        it(`the ${name} page (${path}) has zero axe violations of WCAG 2.0–2.2 A and AA`, async () => {
          const context = await site.browser.newContext({
            viewport: { width: 360, height: 800 },
            colorScheme: colours.colorScheme,
          });
          await useSettings(context, settings);
          const page = await context.newPage();
          await open(page, site.server.url + path, type);
          expect(await shownSettings(page)).toEqual(settings);
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
            colours.colorScheme === 'dark',
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
