/** Open data: every document's metadata, in issue order. Our own checks read this file too. */
import type { APIRoute } from 'astro';
import { allDocuments, documentUrl } from '../../lib/archive';
import { href } from '../../lib/href';

export const GET: APIRoute = async () => {
  const documents = (await allDocuments()).map(({ data }) => ({
    id: data.id,
    url: href(documentUrl(data)),
    issue: data.issue,
    issueTitle: data.issueTitle,
    order: data.order,
    section: data.section,
    title: data.title,
    organ: data.organ,
    docNumber: data.docNumber,
    date: data.date,
    issuedDate: data.issuedDate,
    type: data.type,
  }));
  return new Response(`${JSON.stringify(documents, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
