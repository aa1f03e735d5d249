/** A document's social card, 1200 × 630 PNG (src/cards/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentCard } from '../../../../cards/content';
import { renderCard } from '../../../../cards/render';
import { allDocuments, documentSlug, type DocumentData } from '../../../../lib/archive';

export const getStaticPaths = (async () =>
  (await allDocuments()).map(({ data }) => ({
    params: { year: String(data.year), issue: String(data.issueNumber), doc: documentSlug(data.order) },
    props: { data },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: DocumentData }> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(documentCard(props.data))), {
    headers: { 'Content-Type': 'image/png' },
  });
