/** Open data: the appointment records as CSV, the same records and fields as appointments.json. */
import type { APIRoute } from 'astro';
import { APPOINTMENT_COLUMNS } from '../../data/appointments-open-data';
import { toCsv } from '../../data/csv';
import { appointmentOpenRecords } from '../../lib/open-data-files';

export const GET: APIRoute = async () =>
  new Response(toCsv(APPOINTMENT_COLUMNS, await appointmentOpenRecords()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
