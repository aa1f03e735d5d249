import { describe, expect, it } from 'vitest';
import { EXPECTED } from './expected-documents.ts';
import { builtDocuments, readDistJson, sitePath, type OpenDataIssue } from '../support/site.ts';

const documents = builtDocuments();
const issues = readDistJson<OpenDataIssue[]>('data/issues.json');

describe('dist/data/documents.json', () => {
  it('lists 19, 9, 10, 5 and 13 documents for the five issues, in issue order', () => {
    const counts = Object.fromEntries(
      Object.keys(EXPECTED).map((issue) => [issue, documents.filter((document) => document.issue === issue).length]),
    );
    expect(counts).toEqual({ '2020-3': 19, '2021-1': 9, '2021-4': 10, '2022-2': 5, '2022-4': 13 });
    expect(documents.map((document) => document.issue)).toEqual(
      Object.entries(EXPECTED).flatMap(([issue, rows]) => rows.map(() => issue)),
    );
  });

  it('has exactly the documented keys on every document', () => {
    const keys = [
      'id',
      'url',
      'issue',
      'issueTitle',
      'order',
      'section',
      'title',
      'organ',
      'docNumber',
      'date',
      'issuedDate',
      'type',
    ];
    for (const document of documents) expect(Object.keys(document).sort()).toEqual([...keys].sort());
  });

  for (const [issue, rows] of Object.entries(EXPECTED)) {
    describe(issue, () => {
      rows.forEach(([section, docNumber, date, issuedDate, type, title], index) => {
        it(`document ${index + 1} has the 文号, title, dates, section and 文种 printed in the issue`, () => {
          const document = documents.filter((candidate) => candidate.issue === issue)[index];
          expect(document).toMatchObject({ order: index + 1, section, docNumber, date, issuedDate, type, title });
        });
      });
    });
  }

  it('gives every document a unique id and a URL inside its issue', () => {
    expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
    for (const document of documents) {
      const [year, number] = document.issue.split('-');
      expect(document.url).toBe(sitePath(`/${year}/${number}/${String(document.order).padStart(2, '0')}/`));
      expect(document.issueTitle).toBe(`${year}年第${number}期`);
    }
  });

  it('joins joint issuing organs with 、', () => {
    const joint = documents.find((document) => document.docNumber === '济槐普发〔2022〕71号');
    expect(joint?.organ).toBe('中共济南市槐荫区委、济南市槐荫区人民政府');
  });
});

describe('dist/data/issues.json', () => {
  it('has one object per issue with its document count and URL', () => {
    expect(issues).toEqual([
      { id: '2020-3', title: '2020年第3期', year: 2020, number: 3, documentCount: 19, url: sitePath('/2020/3/') },
      { id: '2021-1', title: '2021年第1期', year: 2021, number: 1, documentCount: 9, url: sitePath('/2021/1/') },
      { id: '2021-4', title: '2021年第4期', year: 2021, number: 4, documentCount: 10, url: sitePath('/2021/4/') },
      { id: '2022-2', title: '2022年第2期', year: 2022, number: 2, documentCount: 5, url: sitePath('/2022/2/') },
      { id: '2022-4', title: '2022年第4期', year: 2022, number: 4, documentCount: 13, url: sitePath('/2022/4/') },
    ]);
  });
});
