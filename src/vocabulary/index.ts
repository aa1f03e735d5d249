/**
 * The gazette's vocabulary, defined once: characters and their printed width, numerals and
 * dates, 文号 shapes, numbering markers, recurring phrases, organs and speakers, the masthead and
 * its furniture. The converter, the search page and the schema import it from here.
 */
export * from './characters.ts';
export * from './dates.ts';
export * from './doc-numbers.ts';
export * from './markers.ts';
export * from './masthead.ts';
export * from './numerals.ts';
export * from './organs.ts';
export * from './phrases.ts';
export * from './text.ts';
