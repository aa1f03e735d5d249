/**
 * Read aloud in the page (src/components/ReadAloud.astro loads this when the reader first presses
 * 朗读): speaks the parts read-aloud.ts finds with the browser's speechSynthesis, highlights the
 * part being read (`data-reading`) and keeps it in view. Pause, resume, stop, speed. It starts at
 * the text the reader clicked or selected last, else at the section the address names (a link
 * from the table of contents), else at the top; a click on the text while reading moves there.
 */
import { readingParts, utterances, type Part } from './read-aloud';

export const READING_ATTRIBUTE = 'data-reading';

type State = 'idle' | 'playing' | 'paused';
export type Action = 'play' | 'stop';

const LABELS: Record<State, string> = { idle: '朗读', playing: '暂停', paused: '继续' };

/** Links and controls keep their own meaning when clicked; only a click on text moves the reading. */
const INTERACTIVE = 'a, button, summary, input, select, label, textarea';

export function readAloud(toolbar: HTMLElement, root: HTMLElement, lang: string): (action: Action) => void {
  const play = toolbar.querySelector<HTMLButtonElement>('[data-action="play"]')!;
  const stop = toolbar.querySelector<HTMLButtonElement>('[data-action="stop"]')!;
  const rate = toolbar.querySelector<HTMLSelectElement>('select')!;
  let parts: Part<HTMLElement>[] = [];
  let current = -1;
  let state: State = 'idle';
  // Each run of speaking has its number: the end of an utterance from a cancelled run moves nothing.
  let run = 0;

  const show = (next: State) => {
    state = next;
    toolbar.dataset.state = next;
    play.textContent = LABELS[next];
    stop.hidden = next === 'idle';
  };

  const mark = (index: number) => {
    parts[current]?.node.removeAttribute(READING_ATTRIBUTE);
    current = index;
    const node = parts[index]?.node;
    if (!node) return;
    node.setAttribute(READING_ATTRIBUTE, '');
    // In the middle of the window; a part too tall for that from its start (below the controls).
    node.scrollIntoView({ block: node.offsetHeight > innerHeight * 0.6 ? 'start' : 'center' });
  };

  const speak = (index: number) => {
    const part = parts[index];
    if (!part) return finish();
    mark(index);
    const mine = run;
    const texts = utterances(part.text);
    texts.forEach((text, position) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      utterance.rate = Number(rate.value);
      if (position === texts.length - 1)
        utterance.addEventListener('end', () => {
          if (mine === run && state === 'playing') speak(index + 1);
        });
      speechSynthesis.speak(utterance);
    });
  };

  /** Starts (again) at a part, dropping whatever was queued. */
  const restart = (index: number) => {
    run += 1;
    speechSynthesis.cancel();
    show('playing');
    speak(index);
  };

  function finish() {
    run += 1;
    speechSynthesis.cancel();
    mark(-1);
    show('idle');
  }

  /** The innermost part that holds `element` (a table's row, not the table), else the first after it, else the first. */
  const partAt = (element: Element | null): number => {
    if (!element) return 0;
    const holding = parts.findLastIndex(({ node }) => node.contains(element));
    if (holding >= 0) return holding;
    return Math.max(
      parts.findIndex(({ node }) => element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING),
      0,
    );
  };

  root.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (state === 'idle' || toolbar.contains(target) || target.closest(INTERACTIVE)) return;
    restart(partAt(target));
  });
  rate.addEventListener('change', () => {
    if (state !== 'idle') restart(current);
  });
  addEventListener('pagehide', () => speechSynthesis.cancel());

  /** Where the reader chose to start: the selection or caret in the text, or the section the address names. */
  const chosen = (): Element | null => {
    const anchor = getSelection()?.anchorNode;
    const selected = anchor instanceof Element ? anchor : (anchor?.parentElement ?? null);
    if (selected && root.contains(selected) && !toolbar.contains(selected)) return selected;
    const hash = decodeURIComponent(location.hash.slice(1));
    return hash ? document.getElementById(hash) : null;
  };

  return (action) => {
    if (action === 'stop') {
      finish();
      play.focus();
    } else if (state === 'playing') {
      speechSynthesis.pause();
      show('paused');
    } else if (state === 'paused') {
      speechSynthesis.resume();
      show('playing');
    } else {
      parts = readingParts(root, (node) => node !== toolbar && node.checkVisibility());
      restart(partAt(chosen()));
    }
  };
}
