/** The converter's build report of each issue: documents found, artefacts removed, repairs, warnings. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../../../publish/paths.ts';

export const getStaticPaths = (() =>
  readdirSync(PATHS.generatedReports)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ params: { issue: name.replace(/\.json$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(PATHS.generatedReports, `${params.issue}.json`), 'utf8'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
