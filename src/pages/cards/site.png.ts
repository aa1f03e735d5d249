/** The site's social card, for pages that are neither a document nor an issue (src/cards/). */
import type { APIRoute } from 'astro';
import { SITE_CARD } from '../../cards/content';
import { renderCard } from '../../cards/render';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderCard(SITE_CARD)), { headers: { 'Content-Type': 'image/png' } });
