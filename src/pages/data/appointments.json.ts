/** Open data: every appointment and removal (src/data/appointments.ts), one record per post. */
import type { APIRoute } from 'astro';
import { appointmentOpenRecords, jsonResponse } from '../../lib/open-data-files';

export const GET: APIRoute = async () => jsonResponse(await appointmentOpenRecords());
