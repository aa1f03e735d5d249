/**
 * The print layouts the flavour-invariance harness typesets each archived issue in. They differ in
 * what changes an extraction: the number of columns (a narrow two-column page wraps every line at
 * 16–20 characters and puts two text flows side by side), the page size and font size (where lines
 * and pages break, hence where running headers and page numbers interrupt a paragraph), the font
 * family (glyph widths decide the gaps extractors read as spaces), documents starting on a new page
 * or running on, a printed 目录 or none, and the form and place of the page number.
 */

export type PageNumberForm = 'dashes' | 'bare' | 'chinese';

export interface Layout {
  /** Identifies the layout in file names, the CLI (`--layout`) and the matrix. */
  name: string;
  /** How test names say it: "… of 2021-4 typeset {phrase} and extracted by …". */
  phrase: string;
  page: { size: 'A4' | 'B5' | 'A5'; margin: string };
  columns: 1 | 2;
  font: 'serif' | 'sans';
  /** Body text size in points; titles, tables and furniture are sized from it. */
  fontSize: number;
  lineHeight: number;
  /**
   * `run-on`: a document follows the previous one on the same page (as in 2021年第1期). A new
   * section always starts a page, because its running header differs (CSS named pages).
   */
  documentStart: 'new-page' | 'run-on';
  /** `— 12 —`, `12` or `第 12 页`. */
  pageNumber: PageNumberForm;
  pageNumberPlace: 'centre' | 'outside';
  /** Print the 目录 (section labels, titles with 文号, dot leaders, page numbers) first. */
  contents: boolean;
}

export const LAYOUTS: readonly Layout[] = [
  {
    name: 'gazette-b5-two-columns',
    phrase: 'in two columns of 18 characters on B5 (as 2021年第1期 was printed)',
    page: { size: 'B5', margin: '20mm 18mm 18mm' },
    columns: 2,
    font: 'serif',
    fontSize: 10.5,
    lineHeight: 1.6,
    documentStart: 'run-on',
    pageNumber: 'dashes',
    pageNumberPlace: 'centre',
    contents: true,
  },
  {
    name: 'official-a4',
    phrase: 'as an official document on A4 (one column, 16 pt serif, each document on a new page)',
    // GB/T 9704: 156 × 225 mm of text, 28 characters × 22 lines of 三号 (16 pt).
    page: { size: 'A4', margin: '37mm 26mm 35mm 28mm' },
    columns: 1,
    font: 'serif',
    fontSize: 16,
    lineHeight: 1.75,
    documentStart: 'new-page',
    pageNumber: 'dashes',
    pageNumberPlace: 'outside',
    contents: true,
  },
  {
    name: 'a4-two-columns-sans',
    phrase: 'in two columns of 20 characters on A4 in a sans font',
    page: { size: 'A4', margin: '22mm 20mm 20mm' },
    columns: 2,
    font: 'sans',
    fontSize: 11,
    lineHeight: 1.6,
    documentStart: 'new-page',
    pageNumber: 'bare',
    pageNumberPlace: 'outside',
    contents: false,
  },
  {
    name: 'a5-sans-run-on',
    phrase: 'on A5 in a sans font, documents running on',
    page: { size: 'A5', margin: '18mm 15mm 16mm' },
    columns: 1,
    font: 'sans',
    fontSize: 10.5,
    lineHeight: 1.55,
    documentStart: 'run-on',
    pageNumber: 'chinese',
    pageNumberPlace: 'centre',
    contents: true,
  },
  {
    name: 'a4-dense-serif',
    phrase: 'on A4 in one column of 46 characters, documents running on',
    page: { size: 'A4', margin: '20mm 20mm 18mm' },
    columns: 1,
    font: 'serif',
    fontSize: 10.5,
    lineHeight: 1.5,
    documentStart: 'run-on',
    pageNumber: 'bare',
    pageNumberPlace: 'centre',
    contents: false,
  },
];

export function layoutNamed(name: string): Layout {
  const layout = LAYOUTS.find((candidate) => candidate.name === name);
  if (!layout) throw new Error(`No layout named ${name}; the layouts are ${LAYOUTS.map((l) => l.name).join(', ')}.`);
  return layout;
}
