/** Driving the built search page in Chromium: open a search and read the results as shown. */
import type { Page } from 'playwright-core';

/** Waits until the page has finished the search it is running (or has nothing to search). */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#search-results:is([data-state="done"], [data-state="idle"], [data-state="error"])', {
    state: 'attached',
    timeout: 15_000,
  });
}

export async function openSearch(page: Page, base: string, params: Record<string, string>): Promise<void> {
  await page.goto(`${base}/search/?${new URLSearchParams(params).toString()}`);
  await settled(page);
}

/** The result URLs shown, in order, without the highlight parameter. */
export async function resultUrls(page: Page): Promise<string[]> {
  return page.$$eval('#search-results > li h2 a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

export async function statusText(page: Page): Promise<string> {
  return (await page.textContent('#search-status')) ?? '';
}

/** Waits until the nth result (1-based) shows its excerpt and sections, which load when it is near the screen. */
export async function detailsShown(page: Page, nth = 1): Promise<void> {
  await page.waitForSelector(`#search-results > li:nth-child(${nth})[data-details="loaded"]`, {
    state: 'attached',
    timeout: 15_000,
  });
}
