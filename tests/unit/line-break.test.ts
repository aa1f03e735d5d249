import { describe, expect, it } from 'vitest';
import { breakLines } from '../../src/lib/line-break.ts';
import { displayWidth, NO_LINE_END, NO_LINE_START } from '../../src/vocabulary/text.ts';
import { atLeast } from '../support/at-least.ts';

const LONG_TITLE =
  '济南市槐荫区人民政府关于印发槐荫区推进学前教育普及普惠发展总体规划（2021—2024年）和槐荫区推进义务教育优质均衡发展工作总体规划（2021—2028年）的通知';

describe('breakLines', () => {
  it('breaks Chinese between characters, filling each line, and loses or adds no character', () => {
    expect(breakLines('济南市槐荫区人民政府公报', 10)).toEqual(['济南市槐荫', '区人民政府', '公报']);
    for (const width of [10, 20, 31, 36, 44]) expect(breakLines(LONG_TITLE, width).join('')).toBe(LONG_TITLE);
  });

  it('never starts a line with closing punctuation: the character before it moves down with it', () => {
    // Five characters fill 10 cells: “槐荫区政府” would leave the comma to start the second line.
    expect(breakLines('槐荫区政府，关于', 10)).toEqual(['槐荫区政', '府，关于']);
    expect(breakLines('健康槐荫行动”的通知', 12)).toEqual(['健康槐荫行', '动”的通知']);
  });

  it('never ends a line with opening punctuation, and keeps a year or number whole', () => {
    expect(breakLines('推进规划（2021年）', 10)).toEqual(['推进规划', '（2021年）']);
    expect(breakLines('共计12345篇', 8)).toEqual(['共计', '12345篇']);
  });

  it('holds both rules and the width on every line of every width tried', () => {
    const lines = [12, 16, 20, 24, 28, 32, 36, 40].flatMap((width) =>
      breakLines(LONG_TITLE, width).map((line) => ({ line, width })),
    );
    for (const { line, width } of atLeast(20, lines, 'lines'))
      expect({
        line,
        fits: displayWidth(line) <= width,
        start: NO_LINE_START.includes(line[0]!),
        end: NO_LINE_END.includes(line.at(-1)!),
      }).toEqual({
        line,
        fits: true,
        start: false,
        end: false,
      });
  });
});
