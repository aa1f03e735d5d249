/** An issue's social card, 1200 × 630 PNG (src/cards/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { issueCard } from '../../../cards/content';
import { renderCard } from '../../../cards/render';
import { allIssues, type IssueSummary } from '../../../lib/archive';

export const getStaticPaths = (async () =>
  (await allIssues()).map((issue) => ({
    params: { year: String(issue.year), issue: String(issue.number) },
    props: { issue },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ issue: IssueSummary }> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(issueCard(props.issue))), {
    headers: { 'Content-Type': 'image/png' },
  });
