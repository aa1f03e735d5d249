/** The bar chart geometry: bars from a zero baseline, on one scale shared with sibling charts. */
import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/data/chart.ts';

const format = (value: number) => `${value}%`;

describe('the bar chart layout', () => {
  it('draws a positive bar up from the baseline and a negative one down from it', () => {
    const { bars, baseline } = barChart(
      [
        { label: '2021年', value: 10 },
        { label: '2022年', value: -5 },
      ],
      format,
    );
    expect(bars[0]!.y + bars[0]!.height).toBeCloseTo(baseline);
    expect(bars[1]!.y).toBeCloseTo(baseline);
    expect(bars[0]!.height).toBeCloseTo(bars[1]!.height * 2);
    expect(bars.map((bar) => bar.text)).toEqual(['10%', '-5%']);
  });

  it('shares the scale of its siblings: a small value does not fill its chart', () => {
    const alone = barChart([{ label: '2020年', value: 1 }], format);
    const shared = barChart([{ label: '2020年', value: 1 }], format, [1, 20]);
    expect(shared.bars[0]!.height).toBeCloseTo(alone.bars[0]!.height / 20);
  });

  it('is as wide as its bars need, one slot per year', () => {
    const one = barChart([{ label: '2020年', value: 1 }], format);
    const two = barChart(
      [
        { label: '2021年', value: 1 },
        { label: '2022年', value: 2 },
      ],
      format,
    );
    expect(two.width - one.width).toBe(64);
    expect(two.bars[1]!.x - two.bars[0]!.x).toBe(64);
  });
});
