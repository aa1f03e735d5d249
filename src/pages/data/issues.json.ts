/** Open data: one object per issue. */
import type { APIRoute } from 'astro';
import { issueRecords, jsonResponse } from '../../lib/open-data-files';

export const GET: APIRoute = async () => jsonResponse(await issueRecords());
