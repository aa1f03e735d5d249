/**
 * CSV for the open data (RFC 4180): a header row, then one row per record; a field with a comma,
 * quote or line break is quoted. UTF-8 with a byte-order mark, so that spreadsheet programs
 * read the Chinese text as UTF-8.
 */
export type CsvValue = string | number | boolean | null;

function field(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(
  columns: readonly { name: string; value: (record: T) => CsvValue }[],
  records: readonly T[],
): string {
  const lines = [columns.map((column) => field(column.name)).join(',')];
  for (const record of records) lines.push(columns.map((column) => field(column.value(record))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A record with exactly the columns' fields, in their order: the JSON beside a CSV lists what the CSV does. */
export function inColumnOrder<T>(columns: readonly { name: keyof T }[], record: T): T {
  return Object.fromEntries(columns.map(({ name }) => [name, record[name]])) as T;
}
