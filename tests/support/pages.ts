/**
 * One page of each type the site has, for the browser tests and the byte budget: each exercises
 * a different template or a different kind of content (tables, deep headings, search results).
 */
export interface PageType {
  name: string;
  path: string;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/' },
  { name: 'year', path: '/2021/' },
  { name: 'issue', path: '/2021/4/' },
  { name: 'document with tables', path: '/2021/4/02/' },
  { name: 'document with deep headings', path: '/2022/4/01/' },
  { name: 'search', path: '/search/' },
  { name: 'search results', path: '/search/?q=健康' },
  { name: '404', path: '/no-such-page/' },
];
