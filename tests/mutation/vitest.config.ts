import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The tests a mutant is run against: every test of the converter, the vocabulary, the check CLI
 * and the search's pure modules — everything that needs no built site.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: [
      'tests/converter/**/*.test.ts',
      'tests/vocabulary/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/publish/explain.test.ts',
      'tests/publish/input.test.ts',
      'tests/publish/check-cli.test.ts',
      'tests/search/doc-number.test.ts',
      'tests/search/engine.test.ts',
      'tests/search/query-state.test.ts',
      'tests/search/text.test.ts',
      'tests/search/sections.test.ts',
    ],
    setupFiles: ['tests/mutation/break-rule.setup.ts'],
    testTimeout: 60_000,
  },
});
