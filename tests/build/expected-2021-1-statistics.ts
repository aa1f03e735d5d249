/**
 * The statistics table of issue 2021-1 (`2021 年 1-3 月全区主要经济指标完成情况`, raw L6711–6746),
 * written by hand from the raw file shared/gazettes/2021-1.txt, not from the converter's output.
 *
 * How it was read: in this extraction the note comes BEFORE the table (L6713), the header is
 * printed one cell per line and each body row is one line whose cells are separated by single
 * spaces (no TABs), with missing figures simply left out.
 *
 * Header (L6715–6722): `指标名称 单位` / `累计` / `完成` / `同比` / `(±%)`. The first line holds the
 * first two cells (split at its space); the remaining four lines are two cells each wrapped over
 * two printed lines, joined without a space: `累计`+`完成` → `累计完成`, `同比`+`(±%)` → `同比(±%)`.
 * This gives the same four columns, spelled the same way (ASCII parentheses, no space), as the
 * header row of 2021-4, 2022-2 and 2022-4 (`指标名称⇥单位⇥累计完成⇥同比(±%)`; 2020-3 has
 * `同比 (±%)`).
 *
 * Body rows: indicator and unit as printed, then 累计完成 and 同比(±%); '' where the row prints no
 * figure. Three rows print fewer than two figures:
 * - `规模以上工业增加值 亿元 31.7` (L6726) and `固定资产投资 亿元 20.5` (L6732): the one figure is the
 *   growth rate (同比), not the cumulative value. Evidence: in all four other issues these two
 *   indicators never have a 累计完成 figure and always have a 同比 figure — 2020-3 L926/L929
 *   (empty cell, -12.0 / 0.6), 2021-4 L713/L716 (`—`, 5.4 / 12.3), 2022-2 L741/L744 (`—`,
 *   41.8 / -28.4), 2022-4 L3461/L3464 (`—`, 32.3 / -35.1). The size agrees: 31.7 亿元 of value added would be almost as much as the
 *   36.7 亿元 营业收入 of the same industry (L6728), while a 31.7 % rise fits the 30.5 % rise of
 *   营业收入 over the Covid-hit first quarter of 2020.
 * - `进出口总额 亿元`, `#出口总额 亿元`, `进口总额 亿元` (L6738–6742): no figures at all, explained by the
 *   note (`市商务局未反馈本月进出口分区县数据`); the rows are kept, as 2020-3 keeps them empty.
 * `#` ("of which") and `*` (quarterly indicator) are part of the indicator names as printed.
 */
export const EXPECTED_STATISTICS_2021_1: {
  title: string;
  note: string;
  rows: [indicator: string, unit: string, cumulative: string, change: string][];
} = {
  title: '2021年1-3月全区主要经济指标完成情况',
  note: '注：带*的指标为季度出数；市商务局未反馈本月进出口分区县数据',
  rows: [
    ['指标名称', '单位', '累计完成', '同比(±%)'],
    ['地区生产总值*', '亿元', '146.1', '20.6'],
    ['规模以上工业增加值', '亿元', '', '31.7'],
    ['规模以上工业营业收入', '亿元', '36.7', '30.5'],
    ['规模以上工业利润总额', '亿元', '1.8', '260.3'],
    ['固定资产投资', '亿元', '', '20.5'],
    ['社会消费品零售总额*', '亿元', '130.7', '33.0'],
    ['#限额以上零售额', '亿元', '76.0', '60.7'],
    ['进出口总额', '亿元', '', ''],
    ['#出口总额', '亿元', '', ''],
    ['进口总额', '亿元', '', ''],
    ['实际使用外资', '万美元', '1356.4', '1315.7'],
    ['一般公共预算收入', '亿元', '13.7', '15.0'],
  ],
};
