import { describe, expect, it } from 'vitest';
import { atomDate, documentsFeed, FEED_SIZE, issueDay, type FeedDocument } from '../../src/lib/feeds.ts';

const document: FeedDocument = {
  title: '济南市槐荫区人民政府关于推进健康槐荫行动的实施意见',
  year: 2021,
  issueNumber: 4,
  order: 2,
  issueTitle: '2021年第4期',
  section: '区政府文件',
  type: '意见',
  organ: '济南市槐荫区人民政府',
  organs: ['济南市槐荫区人民政府'],
  docNumber: '济槐政字〔2021〕15号',
  date: '2021-11-23',
  issuedDate: '2021-11-24',
  summary: '为贯彻健康中国战略，推进健康槐荫建设 & 结合我区实际。',
};
const later: FeedDocument = {
  ...document,
  year: 2022,
  issueNumber: 2,
  order: 1,
  docNumber: null,
  date: null,
  issuedDate: null,
};

/** The XML of the entry whose id is `id`. */
function entry(xml: string, id: string): string {
  return xml.split('<entry>').find((part) => part.includes(`<id>${id}</id>`))!;
}

describe('Atom feeds', () => {
  it('write days as RFC 3339 date-times in China’s time zone, and refuse anything else', () => {
    expect(atomDate('2021-11-23')).toBe('2021-11-23T00:00:00+08:00');
    expect(() => atomDate('2021年11月23日')).toThrow(/not a YYYY-MM-DD day/);
  });

  it('keep an entry’s id and bytes when a later issue is added, so readers never see it twice', () => {
    const site = new URL('https://gazette.example.gov.cn');
    const id = 'https://gazette.example.gov.cn/2021/4/02/';
    const before = documentsFeed([document], site);
    const after = documentsFeed([document, later], site);
    expect(entry(before, id)).toBeDefined();
    expect(entry(after, id)).toBe(entry(before, id));
  });

  it('put ids, links and the self link below the site’s folder when SITE_URL names one, and escape text', () => {
    const xml = documentsFeed([document], new URL('https://www.example.gov.cn/gongbao/'));
    expect(xml).toContain('<id>https://www.example.gov.cn/gongbao/2021/4/02/</id>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://www.example.gov.cn/gongbao/feeds/documents.xml"/>',
    );
    expect(xml).toContain('建设 &amp; 结合');
    expect(xml).not.toMatch(/href="https:\/\/www\.example\.gov\.cn\/(?!gongbao\/)/);
  });

  it('hold the newest FEED_SIZE documents only, newest issue first', () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, index) => ({
      ...document,
      year: 2000 + Math.floor(index / 10),
      order: (index % 10) + 1,
    }));
    const ids = [
      ...documentsFeed(many, new URL('https://gazette.example.gov.cn')).matchAll(/<entry>\s*<id>([^<]*)</g),
    ].map((match) => match[1]);
    expect(ids.length).toBe(FEED_SIZE);
    expect(ids.slice(0, 2)).toEqual([
      'https://gazette.example.gov.cn/2010/4/01/',
      'https://gazette.example.gov.cn/2010/4/02/',
    ]);
    // The oldest issue loses the documents beyond the hundredth: its last five.
    expect(ids.at(-1)).toBe('https://gazette.example.gov.cn/2000/4/05/');
    expect(ids).not.toContain('https://gazette.example.gov.cn/2000/4/06/');
  });

  it('date an issue by its latest document, or by the end of its quarter when no document is dated', () => {
    expect(issueDay({ year: 2021, number: 4, documents: [document, { ...document, issuedDate: '2021-12-02' }] })).toBe(
      '2021-12-02',
    );
    expect(issueDay({ year: 2022, number: 2, documents: [later] })).toBe('2022-06-30');
  });
});
