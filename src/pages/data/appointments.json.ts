/** Open data: every appointment and removal (src/data/appointments.ts), one record per post. */
import type { APIRoute } from 'astro';
import { appointmentOpenRecords } from '../../lib/open-data-files';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await appointmentOpenRecords(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
