/** The converter's build report of each issue: documents found, artefacts removed, repairs, warnings. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { issueReports, jsonResponse } from '../../../lib/open-data-files';

export const getStaticPaths = (() =>
  [...issueReports()].map(([issue, report]) => ({ params: { issue }, props: { report } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: unknown }> = ({ props }) => jsonResponse(props.report);
