/**
 * One page of each type the site has, for the browser tests and the byte budget: each exercises
 * a different template or a different kind of content (tables, deep headings, search results).
 * Each names what proves that the page itself was served and shown (see `open()` in
 * page-tools.ts): its HTTP status and its own <h1>, and for the search page how its search ends.
 */
import type { SearchEnd } from '../search/support.ts';

export interface PageType {
  name: string;
  path: string;
  /** The page's one <h1>, as its text reads with runs of white space collapsed. */
  heading: string;
  /** 200 unless said otherwise. */
  status?: number;
  /** For the search page: how the search its URL asks for must end before the page is tested. */
  search?: SearchEnd;
  /**
   * For pages of data (statistics, appointments, citations, open data): the elements that are the page's own
   * content, which the page-weight benchmark holds to that content plus the interface budget.
   */
  ownText?: string;
}

export const PAGES = {
  home: { name: 'home', path: '/', heading: '济南市槐荫区人民政府公报' },
  year: { name: 'year', path: '/2021/', heading: '济南市槐荫区人民政府公报2021年' },
  issue: { name: 'issue', path: '/2021/4/', heading: '济南市槐荫区人民政府公报2021年第4期' },
  documentWithTables: {
    name: 'document with tables',
    path: '/2021/4/02/',
    heading: '济南市槐荫区人民政府关于推进健康槐荫行动的实施意见',
  },
  documentWithDeepHeadings: {
    name: 'document with deep headings',
    path: '/2022/4/01/',
    heading: '济南市槐荫区人民政府关于印发济南市槐荫区“十四五”妇女发展规划和济南市槐荫区“十四五”儿童发展规划的通知',
  },
  statistics: {
    name: 'statistics overview',
    path: '/statistics/',
    heading: '经济统计数据',
    ownText: 'main',
  },
  indicator: {
    name: 'statistics indicator',
    path: '/statistics/地区生产总值/',
    heading: '地区生产总值',
    ownText: 'main',
  },
  appointments: { name: 'appointments by date', path: '/appointments/', heading: '人事任免', ownText: 'main' },
  appointmentsByName: {
    name: 'appointments by name',
    path: '/appointments/people/',
    heading: '人事任免（按姓名）',
    ownText: 'main',
  },
  appointmentsByOrgan: {
    name: 'appointments by organ',
    path: '/appointments/organs/',
    heading: '人事任免（按单位）',
    ownText: 'main',
  },
  citations: { name: 'citations', path: '/citations/', heading: '文件引用', ownText: 'main' },
  feeds: { name: 'feeds', path: '/feeds/', heading: '订阅更新' },
  about: { name: 'about', path: '/about/', heading: '关于本站' },
  openData: { name: 'open data', path: '/data/', heading: '开放数据', ownText: 'main' },
  accessibility: { name: 'accessibility statement', path: '/accessibility/', heading: '无障碍说明' },
  search: { name: 'search', path: '/search/', heading: '搜索公报', search: 'nothing to search' },
  searchResults: { name: 'search results', path: '/search/?q=健康', heading: '搜索公报', search: 'results' },
  // Asked for by a path that does not exist, as a resident mistyping one would: the host must
  // answer 404 with this page, not some other page and not a 200.
  notFound: { name: '404', path: '/no-such-page/', heading: '页面不存在', status: 404 },
} as const satisfies Record<string, PageType>;

export const PAGE_TYPES: readonly PageType[] = Object.values(PAGES);

/** The document a search for 耕地保护 finds first, on which the search tests check highlighting. */
export const SEARCHED_DOCUMENT = {
  path: '/2022/4/03/',
  heading: '济南市槐荫区人民政府关于印发槐荫区耕地保护激励办法的通知',
} as const satisfies Pick<PageType, 'path' | 'heading'>;
