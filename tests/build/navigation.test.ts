/**
 * The sections of data are reachable from every page: the footer links statistics, appointments,
 * citations and the open data, below the site's base; the home page introduces them.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { atLeast } from '../support/at-least.ts';
import { readDist, sitePath } from '../support/site.ts';
import { PAGE_TYPES } from '../support/pages.ts';

const SECTIONS = ['/statistics/', '/appointments/', '/citations/', '/data/'].map(sitePath);
const hrefs = (html: string, selector: string) =>
  selectAll(selector, fromHtml(html)).map((link) => String(link.properties.href));

describe('links to the sections of data', () => {
  const pages = atLeast(
    10,
    PAGE_TYPES.filter((type) => !type.path.includes('?') && !type.status),
    'page types',
  );

  it('are in the footer of every page type', () => {
    for (const type of pages) {
      const html = readDist(`${decodeURIComponent(type.path).replace(/^\//, '')}index.html`);
      expect(hrefs(html, '.site-footer a'), type.path).toEqual(expect.arrayContaining(SECTIONS));
    }
  });

  it('are on the home page', () => {
    expect(hrefs(readDist('index.html'), 'main a')).toEqual(expect.arrayContaining(SECTIONS));
  });
});
