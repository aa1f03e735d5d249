/**
 * The archive's content collections: one Markdown file per document, written by
 * `scripts/build-content.ts` into `src/content/documents/`. The schema is checked at build time,
 * so a converter bug that produces bad metadata stops the build instead of reaching a page
 * (`npm run check` checks the same schema, src/lib/document-schema.ts, before any build).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/document-schema.ts';
import { PATHS } from './publish/paths.ts';

export const collections = {
  documents: defineCollection({
    loader: glob({
      pattern: '**/*.md',
      base: PATHS.generatedDocuments,
      generateId: ({ data }) => String(data.id),
    }),
    schema: documentSchema,
  }),
};
