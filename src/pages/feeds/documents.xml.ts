/** Atom feed of the newest documents of the whole archive (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { describedDocuments } from '../../lib/archive';
import { documentsFeed } from '../../lib/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(documentsFeed(await describedDocuments(), site!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
