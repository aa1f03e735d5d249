/**
 * The stages of `npm run build`, in order, each a command in a process of its own: convert the
 * issues, render the site with Astro, index it with Pagefind, finish the index for small first
 * searches, check every internal link. Run by scripts/build.ts, and one by one, timed, by the
 * scale benchmark (scripts/bench-scale.ts).
 */
export interface BuildStep {
  name: string;
  command: string;
  args: string[];
}

/** The build's steps for a site written to `dist`. */
export function buildSteps(dist: string): BuildStep[] {
  return [
    { name: 'convert', command: 'node', args: ['scripts/build-content.ts'] },
    { name: 'render (astro build)', command: 'astro', args: ['build'] },
    { name: 'index (pagefind)', command: 'pagefind', args: ['--site', dist] },
    { name: 'search finishing', command: 'node', args: ['scripts/finish-search-index.ts'] },
    { name: 'link check', command: 'node', args: ['scripts/check-links.ts'] },
  ];
}
