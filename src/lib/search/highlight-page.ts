/**
 * Marks a search's terms in the document page it opened (SearchHighlight.astro) and fills in the
 * notice: how many marks, a link to the first, a button that removes them. Loaded only when the
 * page's address carries a search (`?highlight=…`), so that a document read directly costs none
 * of it.
 */
import { HIGHLIGHT_PARAM } from './config.ts';
import { findRanges, highlightNeedles } from './highlight.ts';
import { boundedQuery } from './segment.ts';

/** Text nodes of the document itself, not of its table of contents or other skipped parts. */
const SKIPPED = 'script, style, [data-pagefind-ignore], nav';

function documentTextNodes(root: HTMLElement): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Wraps every occurrence of the needles in <mark>, numbered in reading order. */
function markNeedles(nodes: readonly Text[], needles: readonly string[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    // Wrap from the end so earlier offsets stay valid while the node is split.
    for (const { start, end } of findRanges(node.data, needles).reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      marks.unshift(mark);
    }
  }
  marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  marks.forEach((mark, index) => (mark.id = `search-hit-${index + 1}`));
  return marks;
}

function showNotice(
  notice: HTMLElement,
  query: string,
  needles: readonly string[],
  marks: readonly HTMLElement[],
): void {
  const text = document.getElementById('search-highlight-text')!;
  const first = document.getElementById('search-highlight-first') as HTMLAnchorElement;
  text.textContent =
    marks.length > 0
      ? `已突出显示搜索词“${needles.join('”“')}”，共 ${marks.length} 处。`
      : `本文正文中没有找到“${query}”的原文，可能出现在标题或文号中。`;
  if (marks[0]) first.href = `#${marks[0].id}`;
  first.hidden = marks.length === 0;
  notice.hidden = false;
}

function removeMarksOnRequest(root: HTMLElement, notice: HTMLElement, marks: readonly HTMLElement[]): void {
  document.getElementById('search-highlight-clear')!.addEventListener('click', () => {
    for (const mark of marks) mark.replaceWith(...mark.childNodes);
    root.normalize();
    notice.hidden = true;
    const url = new URL(location.href);
    url.searchParams.delete(HIGHLIGHT_PARAM);
    history.replaceState(history.state, '', url);
    root.closest('main')?.focus();
  });
}

// Cut to the length the search reads: a parameter of 20,000 terms must not hold the page up.
const query = boundedQuery(new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? '');
const root = document.querySelector<HTMLElement>('[data-pagefind-body]');
const notice = document.getElementById('search-highlight');
if (query && root && notice) {
  const nodes = documentTextNodes(root);
  const needles = highlightNeedles(query, nodes.map((node) => node.data).join(''));
  const marks = markNeedles(nodes, needles);
  showNotice(notice, query, needles, marks);
  removeMarksOnRequest(root, notice, marks);
}
