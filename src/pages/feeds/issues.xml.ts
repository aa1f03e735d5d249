/** Atom feed of the issues, newest first, each with its table of contents (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { allIssues } from '../../lib/archive';
import { issuesFeed } from '../../lib/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(issuesFeed(await allIssues(), site!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
