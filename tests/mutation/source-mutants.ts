/**
 * Mutants made by editing source text: the 文号 normalisers (the converter's, in the vocabulary,
 * and the search's reading of what residents type) and the structure decisions that are not rules
 * of a list. Each replaces one exact piece of a file, which must occur there exactly once: a
 * mutant whose piece moved or changed is reported as stale, so this list follows the code.
 */
export interface SourceMutant {
  name: string;
  file: string;
  find: string;
  replace: string;
}

const VOCABULARY = 'src/vocabulary/doc-numbers.ts';
const SEARCH = 'src/lib/search/doc-number.ts';
const BLOCKS = 'src/converter/structure/blocks.ts';

export const SOURCE_MUTANTS: readonly SourceMutant[] = [
  {
    name: '文号: the serial keeps its leading zeros',
    file: VOCABULARY,
    find: '${Number(serial)}号',
    replace: '${serial}号',
  },
  {
    name: '文号: no space allowed inside the 机关代字',
    file: VOCABULARY,
    find: 'const ORGAN_CODE = `[${CJK}](?: ?[${CJK}]){1,9}`;',
    replace: 'const ORGAN_CODE = `[${CJK}](?:[${CJK}]){1,9}`;',
  },
  {
    name: '文号: no space allowed around the year',
    file: VOCABULARY,
    find: '[${YEAR_OPEN_BRACKETS}]${gap}(\\\\d{4})${gap}[${YEAR_CLOSE_BRACKETS}]',
    replace: '[${YEAR_OPEN_BRACKETS}](\\\\d{4})[${YEAR_CLOSE_BRACKETS}]',
  },
  {
    name: '文号: `第` before the serial not read',
    file: VOCABULARY,
    find: '${gap}第?${gap}(\\\\d{1,4})',
    replace: '${gap}(\\\\d{1,4})',
  },
  {
    name: '文号: full-width digits not read',
    file: VOCABULARY,
    find: "return asciiDigits(text).trim().replace(/\\s+/g, ' ');",
    replace: "return text.trim().replace(/\\s+/g, ' ');",
  },
  {
    name: '文号: spaces inside the 机关代字 kept in a 文号 line',
    file: VOCABULARY,
    find: "const match = DOC_NUMBER_LINE.exec(compact(text));\n  return match ? formatDocNumber(match[1]!.replace(/ /g, ''),",
    replace: 'const match = DOC_NUMBER_LINE.exec(compact(text));\n  return match ? formatDocNumber(match[1]!,',
  },
  {
    name: '文号: full-width brackets around the year not read',
    file: VOCABULARY,
    find: "export const YEAR_OPEN_BRACKETS = '〔［[(（【〖{｛﹝';",
    replace: "export const YEAR_OPEN_BRACKETS = '〔［[(【〖{｛﹝';",
  },
  {
    name: '文号 typed in search: any year accepted',
    file: SEARCH,
    find: '  if (year < 1949 || year > 2100) return null;\n',
    replace: '',
  },
  {
    name: '文号 typed in search: a serial without 号 accepted without a bracketed year or a 机关代字',
    file: SEARCH,
    find: '  if (!hao && !bracketed && !prefix) return null;\n',
    replace: '',
  },
  {
    name: '文号 typed in search: the 机关代字 ignored',
    file: SEARCH,
    find: 'return candidate.prefix.endsWith(query.prefix);',
    replace: 'return true;',
  },
  {
    name: '文号 typed in search: a 机关代字 must be whole (no 济 left out)',
    file: SEARCH,
    find: 'return candidate.prefix.endsWith(query.prefix);',
    replace: 'return candidate.prefix === query.prefix;',
  },
  {
    name: '文号 typed in search: the nearest 文号 offered from any series',
    file: SEARCH,
    find: '    .filter(({ candidate }) => sameSeries(parsed, candidate))\n',
    replace: '',
  },
  {
    name: '文号 typed in search: `2021年15号` not read',
    file: SEARCH,
    find: '(?<y2>\\\\d{4})年?)',
    replace: '(?<y2>\\\\d{4}))',
  },
  {
    name: 'lead/parallel-sentences never fires',
    file: BLOCKS,
    find: '    markParallelLeads(this.blocks, this.journal);\n',
    replace: '',
  },
  {
    name: 'level/from-numbering puts every heading at level 2',
    file: BLOCKS,
    find: 'const depth = this.levels.push(marker!);',
    replace: 'const depth = (this.levels.push(marker!), 2);',
  },
  {
    name: 'layout/measured never finds a column',
    file: BLOCKS,
    find: 'const measured = measureLayout(printed, issueColumnWidth);',
    replace: 'const measured = { ...measureLayout(printed, issueColumnWidth), wrapWidth: null };',
  },
];
