/** Atom feed of the newest documents of one printed section (src/lib/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { describedDocuments } from '../../../lib/archive';
import { feedSections, sectionFeed } from '../../../lib/feeds';

export const getStaticPaths = (async () =>
  feedSections(await describedDocuments()).map((section) => ({ params: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(sectionFeed(params.section!, await describedDocuments(), site!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
