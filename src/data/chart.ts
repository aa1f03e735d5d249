/**
 * Geometry of the statistics' bar charts, computed at build time: one bar per year for one
 * period length (a 1-9月 figure is never drawn beside a 1-12月 one), from a zero baseline so that
 * negative growth hangs below it. Pure numbers; the SVG is written by BarChart.astro.
 */
export interface BarInput {
  label: string;
  value: number;
}

export interface Bar {
  label: string;
  value: number;
  /** The value as printed on the bar. */
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value is written: above a positive bar, below a negative one. */
  textY: number;
  labelY: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  baseline: number;
  bars: Bar[];
}

const SLOT = 64;
const BAR = 40;
const MARGIN = 12;
const TEXT = 16;
const PLOT = 96;

/**
 * Bars for the values, with room for a value above or below each and a label under all. `scale`
 * lists every value the chart's siblings draw (an indicator's other period lengths), so that
 * charts shown apart still share one scale and a small figure never fills a chart.
 */
export function barChart(
  values: readonly BarInput[],
  format: (value: number) => string,
  scale: readonly number[] = [],
): BarChartLayout {
  const all = [...values.map((bar) => bar.value), ...scale];
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const top = TEXT + 4;
  const baseline = top + (max / span) * PLOT;
  const bottom = top + PLOT;
  const bars = values.map(({ label, value }, index): Bar => {
    const height = (Math.abs(value) / span) * PLOT;
    const y = value >= 0 ? baseline - height : baseline;
    return {
      label,
      value,
      text: format(value),
      x: MARGIN + index * SLOT + (SLOT - BAR) / 2,
      y,
      width: BAR,
      height: Math.max(height, 1),
      textY: value >= 0 ? y - 4 : y + height + TEXT - 2,
      labelY: bottom + TEXT + (min < 0 ? TEXT : 4),
    };
  });
  return {
    width: MARGIN * 2 + SLOT * Math.max(values.length, 1),
    height: bottom + TEXT + (min < 0 ? TEXT : 4) + 6,
    baseline,
    bars,
  };
}
