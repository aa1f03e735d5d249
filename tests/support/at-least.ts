/**
 * For loops whose checks sit inside the loop: a loop over nothing checks nothing and passes, so
 * the list is first checked to hold at least as many items as the caller means to check. A plain
 * Error, not Vitest's expect, so that `npm run bench` can use it too.
 */
export function atLeast<T>(minimum: number, items: Iterable<T>, what: string): T[] {
  const list = [...items];
  if (list.length < minimum)
    throw new Error(
      `expected at least ${minimum} ${what}, found ${list.length}: checks over them would pass on nothing`,
    );
  return list;
}
