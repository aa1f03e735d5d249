/**
 * The metadata every generated document must have. Shared by the content collection
 * (src/content.config.ts, at build time) and `npm run check` (src/publish/issues.ts), so that a
 * file the check accepts never fails the build. No Astro runtime here: `astro/zod` is plain zod.
 */
import { z } from 'astro/zod';
import { DOC_NUMBER_SHAPE } from '../vocabulary/doc-numbers.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const documentId = z.string().regex(/^\d{4}-\d-\d{2}$/);

export const documentSchema = z.object({
  // Two digits of document number: an issue holds at most 99 documents (MAX_DOCUMENTS_PER_ISSUE in
  // src/publish/issues.ts, which refuses more with its own message before this pattern is tried).
  id: documentId,
  issue: z.string().regex(/^\d{4}-\d$/),
  issueTitle: z.string().regex(/^\d{4}年第\d期$/),
  year: z.number().int().min(1990).max(2100),
  issueNumber: z.number().int().min(1).max(4),
  order: z.number().int().min(1),
  section: z.string().min(1).nullable(),
  title: z.string().min(2),
  organ: z.string().min(2).nullable(),
  organs: z.array(z.string().min(2)),
  docNumber: z.string().regex(DOC_NUMBER_SHAPE).nullable(),
  date: isoDate.nullable(),
  issuedDate: isoDate.nullable(),
  type: z.string().min(1),
  addressee: z.string().nullable(),
  speaker: z.object({ office: z.string().min(1), name: z.string().min(1) }).nullable(),
  printedPage: z.number().int().min(1).nullable(),
  source: z.object({ file: z.string(), startLine: z.number().int(), endLine: z.number().int() }),
  // Written by build-content for the documents that cite others (src/data/citations.ts).
  citations: z
    .array(
      z.object({
        kind: z.enum(['docNumber', 'title']),
        cited: z.string().min(1),
        target: documentId.nullable(),
        count: z.number().int().min(1),
      }),
    )
    .default([]),
});
