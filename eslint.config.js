// Lint rules for the whole project: JavaScript's and TypeScript's recommended rules, Astro
// components, and regular-expression safety (no super-linear backtracking: issue files are
// untrusted input).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.bench/',
      '.test-builds/',
      '.cache/',
      'src/content/documents/',
      'src/content/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Capturing groups document what a pattern reads even where only the whole match is used.
      'regexp/no-unused-capturing-group': 'off',
      // Full-width digits (０-９) are a range every gazette extraction needs.
      // Issue files are untrusted input: no pattern may backtrack super-linearly on them.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-obscure-range': ['error', { allowed: ['alphanumeric', '０-９', '!-/', ':-@', '[-`', '{-~'] }],
    },
  },
  {
    // Nor may a pattern searched through a text be tried again from every position of a long run
    // (`/x+$/`, `/<[^>]*>/g`): quadratic on a line of 10,000 spaces.
    files: ['src/**'],
    rules: { 'regexp/no-super-linear-move': 'error' },
  },
);
