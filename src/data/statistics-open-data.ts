/** The statistics open data: one record per row, with the URL of the document it was read from. */
import type { CsvValue } from './csv.ts';
import type { StatisticsRow } from './statistics.ts';

export interface StatisticsRecord extends StatisticsRow {
  /** `2022年1-12月` */
  period: string;
  /** The source document's page, base path included. */
  documentUrl: string;
}

export const STATISTICS_COLUMNS: readonly {
  name: keyof StatisticsRecord;
  value: (record: StatisticsRecord) => CsvValue;
}[] = (
  [
    'indicator',
    'printedName',
    'unit',
    'quarterly',
    'parent',
    'year',
    'endMonth',
    'period',
    'cumulative',
    'growth',
    'documentId',
    'documentUrl',
  ] as const
).map((name) => ({ name, value: (record: StatisticsRecord) => record[name] }));
