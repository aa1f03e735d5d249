import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX, firstSentence } from '../../src/lib/description.ts';

describe('firstSentence', () => {
  it('skips the 主送 line and returns the first sentence of the body', () => {
    const markdown =
      '各街道办事处，区政府各部门：\n\n为贯彻健康中国战略，推进健康槐荫建设。结合我区实际，现制定如下意见。\n\n## 一、总体要求\n';
    expect(firstSentence(markdown, '各街道办事处，区政府各部门：')).toBe('为贯彻健康中国战略，推进健康槐荫建设。');
  });

  it('decodes Markdown escapes, emphasis and character references instead of showing them', () => {
    expect(firstSentence('**1. 实施行动。**&#x9762;向全社会普及\\*知识。')).toBe('1. 实施行动。');
    expect(firstSentence('注\\*的指标&#x4E3A;季度数据。')).toBe('注*的指标为季度数据。');
  });

  it('reads an announcement and the list that follows it as one sentence', () => {
    const markdown = '兴福街道办事处：\n\n区政府决定，任命：\n\n- 甲为主任；\n- 乙为副主任。\n\n免去：\n';
    expect(firstSentence(markdown, '兴福街道办事处：')).toBe('区政府决定，任命：甲为主任；乙为副主任。');
  });

  it('ignores tables, signatures, notes and attachment labels, and returns null when no sentence is left', () => {
    const markdown =
      '<div class="table-scroll"><table><caption>指标。</caption></table></div>\n\n注：带\\*的指标为季度出数。\n\n附件：清单。\n\n<p class="signature">区政府<br>2021年1月1日</p>\n';
    expect(firstSentence(markdown)).toBeNull();
  });

  it(`shortens a sentence longer than ${DESCRIPTION_MAX} characters at a clause break`, () => {
    const sentence = `${'为进一步深化改革，'.repeat(20)}现通知如下。`;
    const description = firstSentence(sentence)!;
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(description).toMatch(/改革…$/);
  });
});
