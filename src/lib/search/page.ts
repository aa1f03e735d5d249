/**
 * The search page's behaviour in the browser: reads the state from the URL, runs the search,
 * renders results and filter counts, keeps the URL in step (pushState on a new search, popstate
 * for the back button). Every node is built with the DOM API; the only markup that reaches the
 * page is Pagefind's <mark>, rebuilt from parseExcerpt. The pieces it drives are rendered by the
 * Search*.astro components, which it finds by id.
 */
import { href } from '../href.ts';
import { chineseDate } from '../paths.ts';
import {
  EXCERPT_LENGTH,
  EXCERPT_PRELOAD_MARGIN,
  HIGHLIGHT_PARAM,
  META_CACHE_TAG_ATTRIBUTE,
  PAGE_SIZE,
  PAGEFIND_ROUTE,
  RANKING,
  RESULT_CARDS_ROUTE,
  SUB_RESULTS,
} from './config.ts';
import { runSearch, type RankedResult, type SearchOutcome } from './engine.ts';
import { parseExcerpt } from './excerpt.ts';
import type { SearchPageState } from './page-state.ts';
import type { PagefindApi, PagefindData, PagefindResult } from './pagefind-api.ts';
import {
  describeFilters,
  FILTERS,
  hasFilters,
  readState,
  writeState,
  type FilterName,
  type SearchState,
} from './query-state.ts';
import type { ResultCard, ResultCards } from './result-cards.ts';
import { sectionsToLink } from './sections.ts';
import { segmentQuery, suggestShorterQueries } from './segment.ts';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`search page: #${id} is missing`);
  return element as T;
}

const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-input');
const status = byId<HTMLElement>('search-status');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');
const empty = byId<HTMLElement>('search-empty');
const understood = byId<HTMLElement>('search-understood');
const suggestions = byId<HTMLUListElement>('search-suggestions');
const clearFilters = byId<HTMLElement>('search-clear-filters');
const selects = Object.fromEntries(
  FILTERS.map((name) => [name, byId<HTMLSelectElement>(`search-filter-${name}`)]),
) as Record<FilterName, HTMLSelectElement>;
const filtersBox = byId<HTMLDetailsElement>('search-filters');
const baseTitle = document.title;

let pagefindPromise: Promise<PagefindApi> | null = null;
function pagefind(): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    // Pagefind takes its own folder (here below the base) from the script's URL, and prefixes the
    // folder above it to the routes it stores: results link below the base too.
    const api = (await import(/* @vite-ignore */ href(PAGEFIND_ROUTE))) as PagefindApi;
    // noWorker: the index of a few hundred pages is searched in milliseconds on the main thread,
    // and skipping the worker saves its 43 kB script on the first search.
    // The cache tag the search page's preload of the entry file carries (src/search-index/preload.ts),
    // so that Pagefind asks for the very URL already fetched.
    const metaCacheTag = document
      .querySelector(`[${META_CACHE_TAG_ATTRIBUTE}]`)
      ?.getAttribute(META_CACHE_TAG_ATTRIBUTE);
    await api.options({
      noWorker: true,
      excerptLength: EXCERPT_LENGTH,
      ranking: RANKING,
      ...(metaCacheTag ? { metaCacheTag } : {}),
    });
    return api;
  })();
  return pagefindPromise;
}

let cardsPromise: Promise<ResultCards> | null = null;
/**
 * The result cards; none if the file cannot be had (each result then loads its fragment). Cards
 * hold the routes Pagefind stored; like Pagefind's own results, they link below the base.
 */
function resultCards(): Promise<ResultCards> {
  cardsPromise ??= fetch(href(RESULT_CARDS_ROUTE))
    .then((response) => (response.ok ? (response.json() as Promise<ResultCards>) : {}))
    .then((cards: ResultCards) =>
      Object.fromEntries(Object.entries(cards).map(([id, card]) => [id, { ...card, url: href(card.url) }])),
    )
    .catch(() => ({}));
  return cardsPromise;
}

function searchUrl(state: SearchState): string {
  const params = writeState(state).toString();
  return `${location.pathname}${params ? `?${params}` : ''}`;
}

function stateFromForm(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTERS) if (selects[name].value) filters[name] = selects[name].value;
  return { query: input.value.trim(), filters };
}

function showState(state: SearchState): void {
  input.value = state.query;
  if (hasFilters(state)) filtersBox.open = true;
  for (const name of FILTERS) {
    const select = selects[name];
    const wanted = state.filters[name] ?? '';
    // A value from an old link that no longer exists is added so the URL and the form agree.
    if (wanted && ![...select.options].some((option) => option.value === wanted))
      select.add(new Option(wanted, wanted));
    select.value = wanted;
  }
}

function showCounts(counts: Record<FilterName, Record<string, number>> | null): void {
  for (const name of FILTERS) {
    for (const option of selects[name].options) {
      const label = option.dataset.label ?? option.text;
      option.dataset.label = label;
      if (!option.value) option.text = label;
      else option.text = counts ? `${label}（${counts[name][option.value] ?? 0}）` : label;
    }
  }
}

function resultLink(url: string, query: string): string {
  if (!query) return url;
  const target = new URL(url, location.origin);
  target.searchParams.set(HIGHLIGHT_PARAM, query);
  return `${target.pathname}${target.search}${target.hash}`;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptNode(excerpt: string, className: string): HTMLElement {
  const paragraph = element('p', className);
  for (const part of parseExcerpt(excerpt))
    paragraph.append(part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  return paragraph;
}

/** A result as listed at once: title, badge, issue, 文号 and date. */
function resultItem(card: ResultCard, pinned: boolean, query: string): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result__title');
  const link = element('a', undefined, card.meta.title ?? card.url);
  link.href = resultLink(card.url, query);
  heading.append(link);
  item.append(heading);
  if (pinned) item.append(element('p', 'search-result__badge', '文号完全匹配'));
  const meta = element('p', 'search-result__meta');
  const fields: [string, string | null | undefined][] = [
    ['期次', card.meta.issue],
    ['文号', card.meta.docNumber],
    ['日期', chineseDate(card.meta.date)],
  ];
  for (const [label, value] of fields) {
    if (!value) continue;
    const field = element('span', 'search-result__field');
    field.append(element('span', 'visually-hidden', `${label}：`), document.createTextNode(value));
    meta.append(field);
  }
  item.append(meta);
  return item;
}

/** What needs the document's text: the excerpt, and links to the best-matching sections. */
function addDetails(item: HTMLLIElement, data: PagefindData, query: string): void {
  if (data.excerpt) item.append(excerptNode(data.excerpt, 'search-result__excerpt'));
  // Deep links into long documents: the sections holding the query's words (sections.ts).
  const sections = sectionsToLink(data.sub_results, data.meta.title, query, SUB_RESULTS);
  if (sections.length > 0) {
    const nav = element('ul', 'search-result__sections');
    nav.setAttribute('aria-label', '文中匹配位置');
    for (const sub of sections) {
      const subItem = element('li');
      const subLink = element('a', undefined, sub.title);
      subLink.href = resultLink(sub.url, query);
      subItem.append(subLink);
      nav.append(subItem);
    }
    item.append(nav);
  }
  item.dataset.details = 'loaded';
}

/** Loads each observed result's details once it comes near the viewport (EXCERPT_PRELOAD_MARGIN). */
const pendingDetails = new Map<Element, () => void>();
const nearScreen =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            nearScreen?.unobserve(entry.target);
            pendingDetails.get(entry.target)?.();
            pendingDetails.delete(entry.target);
          }
        },
        { rootMargin: EXCERPT_PRELOAD_MARGIN },
      )
    : null;

function detailsWhenNear(item: HTMLLIElement, result: PagefindResult, query: string, thisGeneration: number): void {
  const load = () =>
    void result.data().then(
      (data) => {
        if (thisGeneration === generation) addDetails(item, data, query);
      },
      // Offline mid-search: the result stays listed, without an excerpt or the room kept for one.
      () => delete item.dataset.details,
    );
  if (!nearScreen) return load();
  item.dataset.details = 'pending';
  pendingDetails.set(item, load);
  nearScreen.observe(item);
}

let current: { state: SearchState; results: RankedResult[]; shown: number; limit: number } | null = null;
let generation = 0;

function updateMoreButton(): void {
  if (!current) return;
  const { shown, limit, results } = current;
  if (shown < limit) more.textContent = '显示更多结果';
  else if (limit < results.length) more.textContent = `显示另外 ${results.length - limit} 篇只包含部分字词的文件`;
  more.hidden = shown >= results.length;
}

async function showMore(focusFirst: boolean): Promise<void> {
  if (!current) return;
  if (current.shown >= current.limit) current.limit = current.results.length;
  const { results, shown, state, limit } = current;
  const slice = results.slice(shown, Math.min(shown + PAGE_SIZE, limit));
  const thisGeneration = generation;
  const cards = await resultCards();
  // A result without a card (a cached card file older than the index) is listed from its fragment.
  const listed = await Promise.all(
    slice.map(async ({ result, pinned }) => {
      const card = cards[result.id];
      if (card) return { item: resultItem(card, pinned, state.query), later: result };
      const data = await result.data();
      const item = resultItem(data, pinned, state.query);
      addDetails(item, data, state.query);
      return { item, later: null };
    }),
  );
  if (thisGeneration !== generation) return;
  const items = listed.map(({ item }) => item);
  list.append(...items);
  for (const { item, later } of listed) if (later) detailsWhenNear(item, later, state.query, thisGeneration);
  current.shown += slice.length;
  updateMoreButton();
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

function statusText(state: SearchState, outcome: SearchOutcome): string {
  const what = state.query ? `“${state.query}”` : '所选条件';
  const filters = hasFilters(state) ? `（筛选：${describeFilters(state)}）` : '';
  const partial = outcome.results.length - outcome.complete;
  const partialText = partial > 0 ? `另有 ${partial} 篇只包含其中的部分字词，可在列表末尾显示。` : '';
  if (outcome.nearestDocNumbers.length > 0) return `没有文号为${what}的文件。`;
  if (outcome.complete === 0) return `${what}${filters}没有找到文件。${partialText}`;
  if (outcome.docNumbers.length > 0) return `按文号 ${outcome.docNumbers.join('、')} 找到 ${outcome.complete} 篇文件。`;
  const paged = outcome.complete > PAGE_SIZE ? `先显示前 ${PAGE_SIZE} 篇。` : '';
  const unconfirmed =
    outcome.unconfirmed.length > 0
      ? `未能确认哪些结果包含连续的“${outcome.unconfirmed.join('”“')}”，以下结果可能只包含其中的部分字词。`
      : '';
  return `${what}${filters}找到 ${outcome.complete} 篇文件。${paged}${partialText}${unconfirmed}`;
}

function searchLinks(queries: readonly string[], state: SearchState): HTMLLIElement[] {
  return queries.map((query) => {
    const item = element('li');
    const link = element('a', undefined, query);
    link.href = searchUrl({ query, filters: state.filters });
    item.append(link);
    return item;
  });
}

function showEmpty(state: SearchState, nearestDocNumbers: readonly string[]): void {
  const missingNumber = nearestDocNumbers.length > 0;
  byId('search-missing-number').hidden = !missingNumber;
  byId('search-missing-number-text').textContent = `“${state.query}”`;
  byId('search-nearest-numbers').replaceChildren(...searchLinks(nearestDocNumbers, state));
  byId('search-understood-intro').hidden = missingNumber;
  const words = segmentQuery(state.query);
  understood.textContent = words.length > 0 ? words.join(' / ') : '（没有可搜索的文字）';
  suggestions.replaceChildren(...(missingNumber ? [] : searchLinks(suggestShorterQueries(state.query), state)));
  suggestions.hidden = suggestions.childElementCount === 0;
  byId('search-suggestions-intro').hidden = suggestions.hidden;
  const clearLink = clearFilters.querySelector('a');
  if (clearLink) clearLink.href = searchUrl({ query: state.query, filters: {} });
  clearFilters.hidden = !hasFilters(state);
  empty.hidden = false;
}

/** Where this search has got, for tests and the bench to wait on (page-state.ts). */
function setProgress(progress: SearchPageState): void {
  list.dataset.state = progress;
}

async function search(state: SearchState): Promise<void> {
  const thisGeneration = ++generation;
  // Which search the list's state belongs to, so that a wait for one query never ends on another.
  list.dataset.query = state.query;
  showState(state);
  document.title = state.query ? `“${state.query}”的搜索结果 - ${baseTitle}` : baseTitle;
  for (const item of pendingDetails.keys()) nearScreen?.unobserve(item);
  pendingDetails.clear();
  list.replaceChildren();
  more.hidden = true;
  empty.hidden = true;
  current = null;
  if (!state.query && !hasFilters(state)) {
    status.textContent = '';
    showCounts(null);
    setProgress('idle');
    return;
  }
  setProgress('searching');
  status.textContent = '正在搜索…';
  try {
    void resultCards(); // fetched while Pagefind starts
    const outcome = await runSearch(await pagefind(), state);
    if (thisGeneration !== generation) return;
    current = { state, results: outcome.results, shown: 0, limit: outcome.complete };
    showCounts(outcome.counts);
    if (outcome.results.length === 0) showEmpty(state, outcome.nearestDocNumbers);
    else if (outcome.complete === 0) updateMoreButton();
    else await showMore(false);
    if (thisGeneration !== generation) return;
    status.textContent = statusText(state, outcome);
    setProgress(outcome.results.length > 0 ? 'done' : 'no-results');
  } catch (error) {
    if (thisGeneration !== generation) return;
    console.error(error);
    status.textContent = '搜索暂时无法使用，请稍后再试，或按年份和期次浏览。';
    setProgress('error');
  }
}

function navigate(state: SearchState): void {
  const url = searchUrl(state);
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  void search(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(stateFromForm());
});
for (const name of FILTERS) selects[name].addEventListener('change', () => navigate(stateFromForm()));
more.addEventListener('click', () => void showMore(true));
window.addEventListener('popstate', () => void search(readState(new URLSearchParams(location.search))));

void search(readState(new URLSearchParams(location.search)));
