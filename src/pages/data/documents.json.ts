/** Open data: every document's metadata, in issue order. Our own checks read this file too. */
import type { APIRoute } from 'astro';
import { documentRecords, jsonResponse } from '../../lib/open-data-files';

export const GET: APIRoute = async () => jsonResponse(await documentRecords());
