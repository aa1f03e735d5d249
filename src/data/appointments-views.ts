/**
 * The appointment records grouped as the pages show them: by decision (one document, one date),
 * by person (a person's entries together, in time order) and by organ. Names and organs are
 * sorted in Chinese (pinyin) order.
 */
import type { AppointmentRecord } from './appointments.ts';

export interface Group<T extends AppointmentRecord> {
  key: string;
  records: T[];
}

function groupBy<T extends AppointmentRecord>(records: readonly T[], key: (record: T) => string): Group<T>[] {
  const groups = new Map<string, T[]>();
  for (const record of records) groups.set(key(record), [...(groups.get(key(record)) ?? []), record]);
  return [...groups.entries()].map(([name, items]) => ({ key: name, records: items }));
}

const chinese = new Intl.Collator('zh-CN');
const byDate = (a: AppointmentRecord, b: AppointmentRecord) =>
  (a.date ?? '').localeCompare(b.date ?? '') || a.documentId.localeCompare(b.documentId);

/** One group per document, the latest decision first. */
export function byDecision<T extends AppointmentRecord>(records: readonly T[]): Group<T>[] {
  return groupBy(records, (record) => record.documentId).sort((a, b) => byDate(b.records[0]!, a.records[0]!));
}

/** One group per person, in pinyin order; each person's records in time order. */
export function byPerson<T extends AppointmentRecord>(records: readonly T[]): Group<T>[] {
  return groupBy(records, (record) => record.name)
    .map((group) => ({ ...group, records: [...group.records].sort(byDate) }))
    .sort((a, b) => chinese.compare(a.key, b.key));
}

/** One group per organ as printed, in pinyin order; each organ's records in time order. */
export function byOrgan<T extends AppointmentRecord>(records: readonly T[]): Group<T>[] {
  return groupBy(records, (record) => record.organ)
    .map((group) => ({ ...group, records: [...group.records].sort(byDate) }))
    .sort((a, b) => chinese.compare(a.key, b.key));
}
