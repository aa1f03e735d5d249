/** The appointments open data: one record per post, with the link to the item it was read from. */
import type { AppointmentRecord } from './appointments.ts';
import type { CsvValue } from './csv.ts';

export interface AppointmentOpenRecord extends AppointmentRecord {
  documentTitle: string;
  /** The item on the document's page: base path, route and `#任免n`. */
  documentUrl: string;
}

export const APPOINTMENT_COLUMNS: readonly {
  name: keyof AppointmentOpenRecord;
  value: (record: AppointmentOpenRecord) => CsvValue;
}[] = (
  [
    'name',
    'action',
    'position',
    'organ',
    'note',
    'date',
    'docNumber',
    'documentId',
    'anchor',
    'documentTitle',
    'documentUrl',
    'item',
  ] as const
).map((name) => ({ name, value: (record: AppointmentOpenRecord) => record[name] }));
