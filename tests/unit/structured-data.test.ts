import { describe, expect, it } from 'vitest';
import {
  issueJsonLd,
  legislationJsonLd,
  periodicalJsonLd,
  yearJsonLd,
  type LegislationInput,
} from '../../src/lib/structured-data.ts';

const site = new URL('https://gazette.example.gov.cn');
const document: LegislationInput = {
  title: '济南市槐荫区人民政府关于推进健康槐荫行动的实施意见',
  year: 2021,
  issueNumber: 4,
  order: 2,
  issueTitle: '2021年第4期',
  docNumber: '济槐政字〔2021〕15号',
  date: '2021-11-23',
  issuedDate: '2021-11-24',
  organs: ['中共济南市槐荫区委', '济南市槐荫区人民政府'],
  type: '意见',
};

describe('structured data', () => {
  it('describes a document as Legislation with its 文号, date and organs, part of its issue of the periodical', () => {
    expect(legislationJsonLd(document, site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: document.title,
      url: 'https://gazette.example.gov.cn/2021/4/02/',
      legislationIdentifier: '济槐政字〔2021〕15号',
      legislationDate: '2021-11-23',
      datePublished: '2021-11-24',
      legislationPassedBy: [
        { '@type': 'GovernmentOrganization', name: '中共济南市槐荫区委' },
        { '@type': 'GovernmentOrganization', name: '济南市槐荫区人民政府' },
      ],
      legislationType: '意见',
      inLanguage: 'zh-CN',
      isPartOf: {
        '@type': 'PublicationIssue',
        name: '济南市槐荫区人民政府公报2021年第4期',
        issueNumber: '4',
        datePublished: '2021',
        url: 'https://gazette.example.gov.cn/2021/4/',
        isPartOf: {
          '@type': 'Periodical',
          name: '济南市槐荫区人民政府公报',
          url: 'https://gazette.example.gov.cn/',
          inLanguage: 'zh-CN',
        },
      },
    });
  });

  it('leaves out a missing 文号 and dates instead of writing null', () => {
    const node = legislationJsonLd({ ...document, docNumber: null, date: null, issuedDate: null }, site);
    expect(node).not.toHaveProperty('legislationIdentifier');
    expect(node).not.toHaveProperty('legislationDate');
    expect(node).not.toHaveProperty('datePublished');
  });

  it('describes an issue as a PublicationIssue of the Periodical whose parts are its documents', () => {
    const issue = issueJsonLd({ title: '2021年第4期', year: 2021, number: 4, documents: [document] }, site);
    expect(issue).toMatchObject({ '@type': 'PublicationIssue', isPartOf: { '@type': 'Periodical' } });
    expect(issue.hasPart).toEqual([
      expect.objectContaining({ '@type': 'Legislation', url: 'https://gazette.example.gov.cn/2021/4/02/' }),
    ]);
    expect(periodicalJsonLd(site)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Periodical',
      url: 'https://gazette.example.gov.cn/',
    });
  });

  it('describes a year page as a CollectionPage of that year’s issues', () => {
    expect(yearJsonLd(2022, [{ title: '2022年第2期', year: 2022, number: 2 }], site)).toMatchObject({
      '@type': 'CollectionPage',
      url: 'https://gazette.example.gov.cn/2022/',
      isPartOf: { '@type': 'Periodical' },
      hasPart: [{ '@type': 'PublicationIssue', url: 'https://gazette.example.gov.cn/2022/2/' }],
    });
  });
});

describe('structured data of a site below a folder', () => {
  it('names every URL below the folder of the site address', () => {
    const below = new URL('https://www.example.gov.cn/gongbao/');
    const node = legislationJsonLd(document, below);
    expect(node.url).toBe('https://www.example.gov.cn/gongbao/2021/4/02/');
    expect(node.isPartOf).toMatchObject({
      url: 'https://www.example.gov.cn/gongbao/2021/4/',
      isPartOf: { url: 'https://www.example.gov.cn/gongbao/' },
    });
  });
});
