import { describe, expect, it } from 'vitest';
import { citation } from '../../src/lib/citation.ts';

describe('citation', () => {
  it('cites a document in the official form: title, 文号 in full-width brackets, then the issue it appeared in', () => {
    expect(
      citation({
        title: '济南市槐荫区人民政府关于推进健康槐荫行动的实施意见',
        docNumber: '济槐政字〔2021〕15号',
        issueTitle: '2021年第4期',
      }),
    ).toBe(
      '济南市槐荫区人民政府关于推进健康槐荫行动的实施意见（济槐政字〔2021〕15号），载《济南市槐荫区人民政府公报》2021年第4期',
    );
  });

  it('cites a document without 文号 by its title alone, with no empty brackets', () => {
    expect(
      citation({ title: '2021年1-12月全区主要经济指标完成情况', docNumber: null, issueTitle: '2021年第4期' }),
    ).toBe('2021年1-12月全区主要经济指标完成情况，载《济南市槐荫区人民政府公报》2021年第4期');
  });
});
