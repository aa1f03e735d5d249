/** The converter's build report of each issue: documents found, artefacts removed, repairs, warnings. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportedIssues, reportText } from '../../../lib/reports';

export const getStaticPaths = (() => reportedIssues().map((issue) => ({ params: { issue } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(reportText(params.issue!), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
