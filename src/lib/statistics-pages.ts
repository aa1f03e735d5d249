/** Routes of the statistics section and its open data. */
export const STATISTICS_URL = '/statistics/';

/** An indicator's page: its name is its address (`/statistics/地区生产总值/`). */
export function indicatorUrl(name: string): string {
  return `${STATISTICS_URL}${name}/`;
}
