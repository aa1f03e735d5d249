/**
 * The two scripts the pages carry inline, because they must run before the first paint, as text,
 * so that the Content-Security-Policy (astro.config.mjs) can allow exactly them by their hashes and
 * no other inline script. Every other script is a module Astro bundles and hashes itself.
 */
import { HEAD_SCRIPT } from './reader-settings-head.ts';

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

/** The reader's settings applied in <head> (ReaderSettingsScript.astro, src/lib/reader-settings-head.ts). */
export const INLINE_SCRIPTS = [HEAD_SCRIPT, OPEN_TOC_ON_WIDE_SCREENS] as const;
