/** Open data: every citation (src/data/citations.ts), with the URLs of the citing and cited documents. */
import type { APIRoute } from 'astro';
import { routeOfDocumentId } from '../../data/citations';
import { href } from '../../lib/href';
import { allCitations } from '../../lib/open-data';

export const GET: APIRoute = async () => {
  const records = (await allCitations()).map((citation) => ({
    ...citation,
    fromUrl: href(routeOfDocumentId(citation.from)),
    targetUrl: citation.target ? href(routeOfDocumentId(citation.target)) : null,
  }));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
