/**
 * The typesetting the flavour harness relies on: the HTML follows the printed gazette's
 * conventions, and Chromium really prints the running headers, page numbers and 目录 pages that
 * the extractors are meant to meet (CSS paged media, Chromium ≥ 131).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJournal, type Block, type ConvertedIssue, type GazetteDocument } from '../../src/converter/types.ts';
import { launchChromium } from '../support/browser.ts';
import { paginationOf, toolNamed } from './extract.ts';
import { LAYOUTS, layoutNamed } from './layouts.ts';
import { issueHtml, printPdf, sectionRuns, titleHtml } from './typeset.ts';

const paragraph = (text: string, lead: string | null = null): Block => ({ kind: 'paragraph', text, lead, line: 1 });

function document(order: number, section: string, title: string, blocks: Block[]): GazetteDocument {
  return {
    meta: {
      order,
      section,
      title,
      organs: ['济南市槐荫区人民政府'],
      docNumber: `济槐政字〔2021〕${order}号`,
      date: '2021-11-23',
      issuedDate: '2021-11-23',
      type: '通知',
      addressee: '各街道办事处，区政府各部门：',
      printedPage: null,
      speaker: null,
      sourceLines: { start: 1, end: 2 },
    },
    blocks,
  };
}

const BODY = '为贯彻健康中国战略，推进健康槐荫建设，结合我区实际，现制定如下实施意见。'.repeat(6);

function sampleIssue(paragraphs: number): ConvertedIssue {
  const blocks = (title: string): Block[] => [
    paragraph('各街道办事处，区政府各部门：'),
    { kind: 'heading', depth: 2, text: '一、总体要求', line: 1 },
    ...Array.from({ length: paragraphs }, () => paragraph(BODY)),
    paragraph('1. 优化经费投入结构。进一步加大学前教育投入力度。', '1. 优化经费投入结构'),
    {
      kind: 'table',
      line: 1,
      table: {
        caption: `${title}附表`,
        head: [[{ text: '序号' }, { text: '名称' }]],
        groups: [{ label: null, rows: [[{ text: '1' }, { text: '甲' }]] }],
        columnCount: 2,
        rowHeaders: false,
        line: 1,
      },
    },
    { kind: 'signature', organs: ['济南市槐荫区人民政府'], date: '2021年11月23日', line: 1 },
    { kind: 'issued', text: '（2021年11月23日印发）', line: 1 },
  ];
  const documents = [
    document(1, '区政府文件', '济南市槐荫区人民政府关于推进健康槐荫行动的实施意见', []),
    document(2, '区政府办公室文件', '槐荫区人民政府办公室关于建立企业破产府院联动机制的通知', []),
  ];
  for (const item of documents) item.blocks = blocks(item.meta.title);
  return {
    file: '2021-4.txt',
    issue: { year: 2021, number: 4, id: '2021-4', title: '2021年第4期' },
    documents,
    journal: createJournal(),
  };
}

describe('the typeset HTML', () => {
  const html = issueHtml(sampleIssue(2), layoutNamed('official-a4'));

  it('offers at least five layouts, with one and two columns, three page sizes and both fonts', () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(5);
    expect(new Set(LAYOUTS.map((layout) => layout.columns))).toEqual(new Set([1, 2]));
    expect(new Set(LAYOUTS.map((layout) => layout.page.size))).toEqual(new Set(['A4', 'B5', 'A5']));
    expect(new Set(LAYOUTS.map((layout) => layout.font))).toEqual(new Set(['serif', 'sans']));
    expect(new Set(LAYOUTS.map((layout) => layout.pageNumber))).toEqual(new Set(['dashes', 'bare', 'chinese']));
  });

  it('breaks a title after its issuing organ and letter-spaces a short one', () => {
    expect(titleHtml('济南市槐荫区人民政府关于推进健康槐荫行动的实施意见', ['济南市槐荫区人民政府'])).toBe(
      '<h1 class="title">济南市槐荫区人民政府<br>关于推进健康槐荫行动的实施意见</h1>',
    );
    expect(titleHtml('政府工作报告', [])).toBe('<h1 class="title spaced">政府工作报告</h1>');
  });

  it('prints the addressee flush left, numbered headings on their own line and a run-in lead in bold', () => {
    expect(html).toContain('<p class="addressee">各街道办事处，区政府各部门：</p>');
    expect(html).toContain('<h3 class="level-1">一、总体要求</h3>');
    expect(html).toContain('<p><strong class="lead">1. 优化经费投入结构</strong>。进一步加大学前教育投入力度。</p>');
  });

  it('prints a table as a real table with a header row, and the signature and 印发 line', () => {
    expect(html).toMatch(/<table><thead><tr><th>序号<\/th><th>名称<\/th><\/tr><\/thead><tbody>/u);
    expect(html).toContain('<div class="signature"><p>济南市槐荫区人民政府</p><p>2021年11月23日</p></div>');
    expect(html).toContain('<p class="issued">（2021年11月23日印发）</p>');
  });

  it('gives each section a named page whose even and odd pages swap the header’s sides', () => {
    expect(sectionRuns(sampleIssue(1).documents).map((run) => run.name)).toEqual(['区政府文件', '区政府办公室文件']);
    expect(html).toContain(
      '@page section-2:left { @top-left { content: "区政府办公室文件"; } @top-right { content: "济南市槐荫区人民政府公报（2021 年第 4 期）"; }',
    );
    expect(html).toContain(
      '@page section-2:right { @top-left { content: "济南市槐荫区人民政府公报（2021 年第 4 期）"; } @top-right { content: "区政府办公室文件"; }',
    );
  });

  it('prints a speech’s date line and speaker centred', () => {
    const speech = sampleIssue(0);
    speech.documents = [
      {
        meta: { ...speech.documents[0]!.meta, title: '政府工作报告', docNumber: null, addressee: null, organs: [] },
        blocks: [
          paragraph('——2021年4月13日在济南市槐荫区第十八届人民代表大会第五次会议上'),
          { kind: 'speaker', office: '槐荫区代理区长', name: '孙常建', line: 2 },
          paragraph('各位代表：'),
        ],
      },
    ];
    const speechHtml = issueHtml(speech, layoutNamed('a4-dense-serif'));
    expect(speechHtml).toContain(
      '<p class="subtitle">——2021年4月13日在济南市槐荫区第十八届人民代表大会第五次会议上</p>',
    );
    // Office and name apart by an ideographic space, as the gazette prints them.
    expect(speechHtml).toContain('<p class="speaker">槐荫区代理区长\u3000孙常建</p>');
  });
});

describe('the printed PDF', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('carries the running headers on alternating sides, the page numbers, and a 目录 with the right pages', async () => {
    const layout = layoutNamed('official-a4');
    const issue = sampleIssue(12);
    const pagination = await paginationOf(await printPdf(browser!, issueHtml(issue, layout)));
    const pdf = await printPdf(browser!, issueHtml(issue, layout, pagination));
    const pages = (await toolNamed('pdftotext-layout').extract(pdf)).split('\f');
    const header = (page: string) => page.trim().split('\n')[0]!.replace(/\s+/gu, ' ');

    // 目录 (one page), a blank page so that page 1 is a right-hand page, then the documents.
    expect(pages[0]).toMatch(/目\s*录/u);
    expect(pages[0]).toMatch(/济槐政字〔2021〕2号）\s+\d+\n/u);
    expect(pages[1]!.trim()).toBe('');
    expect(header(pages[2]!)).toBe('济南市槐荫区人民政府公报（2021 年第 4 期） 区政府文件');
    expect(header(pages[3]!)).toBe('区政府文件 济南市槐荫区人民政府公报（2021 年第 4 期）');
    // Printed `— 1 —`; pdftotext drops the thin gaps around the number.
    expect(pages[2]).toMatch(/\n\s*— ?1 ?—\s*$/u);
    expect(pages[3]).toMatch(/\n\s*— ?2 ?—\s*$/u);
    const secondDocument = pages.findIndex((page) => page.includes('济槐政字〔2021〕2号\n'));
    expect(header(pages[secondDocument]!)).toMatch(/区政府办公室文件/u);
    expect(pages[0]).toMatch(new RegExp(`济槐政字〔2021〕2号）\\s+${secondDocument - 1}\\n`, 'u'));
  });
});
