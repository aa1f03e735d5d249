/** Open data: one object per issue. */
import type { APIRoute } from 'astro';
import { allIssues } from '../../lib/archive';
import { href } from '../../lib/href';

export const GET: APIRoute = async () => {
  const issues = (await allIssues()).map((issue) => ({
    id: issue.id,
    title: issue.title,
    year: issue.year,
    number: issue.number,
    documentCount: issue.documents.length,
    url: href(issue.url),
  }));
  return new Response(`${JSON.stringify(issues, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
