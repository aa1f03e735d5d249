/**
 * The archive's URLs and date wording, free of Astro imports so that unit tests, scripts and
 * pages share them. URLs are `/{year}/{number}/` for an issue and `/{year}/{number}/{order}/` for
 * a document; they depend only on the issue and the document's place in it, so adding an issue
 * moves none.
 */

export const SITE_NAME = '济南市槐荫区人民政府公报';

export function issueUrl(data: { year: number; issueNumber: number }): string {
  return `/${data.year}/${data.issueNumber}/`;
}

/** The last part of a document's URL: its two-digit position in the issue (`02`). */
export function documentSlug(order: number): string {
  return String(order).padStart(2, '0');
}

export function documentUrl(data: { year: number; issueNumber: number; order: number }): string {
  return `/${data.year}/${data.issueNumber}/${documentSlug(data.order)}/`;
}

export function yearUrl(year: number): string {
  return `/${year}/`;
}

/** `2021-11-23` → `2021年11月23日`. */
export function chineseDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** A document's social card: `/cards/2021/4/02.png` (src/cards/, src/pages/cards/). */
export function documentCardUrl(data: { year: number; issueNumber: number; order: number }): string {
  return `/cards/${data.year}/${data.issueNumber}/${documentSlug(data.order)}.png`;
}

/** An issue's social card: `/cards/2021/4.png`. */
export function issueCardUrl(data: { year: number; issueNumber: number }): string {
  return `/cards/${data.year}/${data.issueNumber}.png`;
}

/** The card of every page that is neither a document nor an issue. */
export const SITE_CARD_URL = '/cards/site.png';
