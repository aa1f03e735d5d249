/** Open data: every citation (src/data/citations.ts), with the URLs of the citing and cited documents. */
import type { APIRoute } from 'astro';
import { citationRecords, jsonResponse } from '../../lib/open-data-files';

export const GET: APIRoute = async () => jsonResponse(await citationRecords());
