/**
 * The large-text, high-contrast reading mode (适老化): a flag on <html> that the stylesheet reads,
 * remembered in localStorage so it persists between pages. The head script applies it before the
 * first paint; the toggle button changes it.
 */
export const READING_MODE_KEY = 'gazette:reading-mode';
export const READING_MODE_ATTRIBUTE = 'data-reading-mode';
export const LARGE = 'large';
