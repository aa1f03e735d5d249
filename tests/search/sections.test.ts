import { describe, expect, it } from 'vitest';
import type { PagefindSubResult } from '../../src/lib/search/pagefind-api.ts';
import { sectionsToLink } from '../../src/lib/search/sections.ts';

function section(title: string, excerpt: string, matches: number): PagefindSubResult {
  return { title, url: `/2021/4/02/#${title}`, excerpt, locations: Array.from({ length: matches }, (_, at) => at) };
}

const SECTIONS = [
  section('（一）全方位干预健康影响因素', '实施<mark>健康</mark>知识普及行动', 3),
  section('（二）维护全生命周期', '<mark>健</mark>全服务体系，<mark>康</mark>复机构', 9),
  section('（三）防控重大疾病', '推进<mark>健康</mark>城市建设', 1),
  section('（四）组织实施', '加强组织领导', 2),
];

describe('sectionsToLink', () => {
  it('links only sections whose text holds a query term as written, not its characters apart', () => {
    expect(sectionsToLink(SECTIONS, '实施意见', '健康', 5).map((sub) => sub.title)).toEqual([
      '（一）全方位干预健康影响因素',
      '（三）防控重大疾病',
    ]);
  });

  it('keeps the sections with the most matches, listed in document order', () => {
    const many = [...SECTIONS, section('（五）保障措施', '<mark>健康</mark>保障，<mark>健康</mark>服务', 7)];
    expect(sectionsToLink(many, '实施意见', '健康', 2).map((sub) => sub.title)).toEqual([
      '（一）全方位干预健康影响因素',
      '（五）保障措施',
    ]);
  });

  it('never links the page itself or a section without an anchor', () => {
    const page = { ...section('实施意见', '<mark>健康</mark>', 5), url: '/2021/4/02/' };
    expect(sectionsToLink([page, section('实施意见', '健康', 4)], '实施意见', '健康', 5)).toEqual([]);
  });
});
