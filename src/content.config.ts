/**
 * The archive's content collections: one Markdown file per document, written by
 * `scripts/build-content.ts` into `src/content/documents/`. The schema is checked at build time,
 * so a converter bug that produces bad metadata stops the build instead of reaching a page.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PATHS } from './publish/paths.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const documentSchema = z.object({
  id: z.string().regex(/^\d{4}-\d-\d{2}$/),
  issue: z.string().regex(/^\d{4}-\d$/),
  issueTitle: z.string().regex(/^\d{4}年第\d期$/),
  year: z.number().int().min(1990).max(2100),
  issueNumber: z.number().int().min(1).max(4),
  order: z.number().int().min(1),
  section: z.string().min(1).nullable(),
  title: z.string().min(2),
  organ: z.string().min(2).nullable(),
  organs: z.array(z.string().min(2)),
  docNumber: z.string().regex(/^\S+〔\d{4}〕\d+号$/).nullable(),
  date: isoDate.nullable(),
  issuedDate: isoDate.nullable(),
  type: z.string().min(1),
  addressee: z.string().nullable(),
  printedPage: z.number().int().min(1).nullable(),
  source: z.object({ file: z.string(), startLine: z.number().int(), endLine: z.number().int() }),
});

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
