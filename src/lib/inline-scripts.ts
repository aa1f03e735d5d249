/**
 * The two scripts the pages carry inline, because they must run before the first paint, as text,
 * so that the Content-Security-Policy (astro.config.mjs) can allow exactly them by their hashes and
 * no other inline script. Every other script is a module Astro bundles and hashes itself.
 */
import { LARGE, READING_MODE_ATTRIBUTE, READING_MODE_KEY } from './reading-mode.ts';

/**
 * Applies the saved reading mode to <html> from inside <head> (ReadingModeScript.astro). Storage
 * can be blocked (private mode, strict settings); the page then reads in normal size.
 */
export const READING_MODE_SCRIPT = `try {
  if (localStorage.getItem(${JSON.stringify(READING_MODE_KEY)}) === ${JSON.stringify(LARGE)})
    document.documentElement.setAttribute(${JSON.stringify(READING_MODE_ATTRIBUTE)}, ${JSON.stringify(LARGE)});
} catch {}`;

/**
 * Opens the document's contents on wide screens, where they sit beside the text, right after the
 * <details> (TableOfContents.astro). Same breakpoint as `.document` in global.css; scoped in a
 * block so its names stay local.
 */
export const OPEN_TOC_ON_WIDE_SCREENS = `{
  const details = document.currentScript.previousElementSibling;
  const wide = matchMedia('(min-width: 64em)');
  details.open = wide.matches;
  wide.addEventListener('change', (event) => { details.open = event.matches; });
}`;

export const INLINE_SCRIPTS = [READING_MODE_SCRIPT, OPEN_TOC_ON_WIDE_SCREENS] as const;
