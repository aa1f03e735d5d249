import type { Element as HastElement, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { chineseVoice } from '../../src/lib/chinese-voice.ts';
import { readingParts, speakable, utterances, UTTERANCE_LENGTH, type ReadableNode } from '../../src/lib/read-aloud.ts';

/** Parsed HTML as the little of the DOM read-aloud.ts reads (hast's properties under their HTML attribute names). */
interface TestNode extends ReadableNode {
  readonly childNodes: TestNode[];
  /** An element's tag and class, to name it in expectations. */
  readonly label: string;
}

const ATTRIBUTES: Record<string, string> = {
  class: 'className',
  hidden: 'hidden',
  'aria-hidden': 'ariaHidden',
  colspan: 'colSpan',
};

function adapt(node: ElementContent): TestNode {
  if (node.type !== 'element') {
    const text = node.type === 'text' ? node.value : '';
    return {
      nodeType: node.type === 'text' ? 3 : 8,
      nodeName: '#text',
      textContent: text,
      childNodes: [],
      label: '#text',
    };
  }
  const childNodes = node.children.map(adapt);
  const element: HastElement = node;
  const attribute = (name: string): string | null => {
    const value = element.properties[ATTRIBUTES[name] ?? name];
    if (value === undefined || value === null || value === false) return null;
    if (value === true) return '';
    return Array.isArray(value) ? value.join(' ') : String(value);
  };
  const className = attribute('class');
  return {
    nodeType: 1,
    nodeName: node.tagName.toUpperCase(),
    get textContent() {
      return childNodes.map((child) => child.textContent).join('');
    },
    childNodes,
    getAttribute: attribute,
    label: className ? `${node.tagName}.${className.split(' ')[0]}` : node.tagName,
  };
}

function parse(html: string): TestNode {
  const root = fromHtml(html.replace(/>\s+</g, '><'), { fragment: true });
  return adapt(root.children.find((child) => child.type === 'element')!);
}

const said = (root: TestNode, include?: (node: TestNode) => boolean) =>
  readingParts(root, include).map(({ node, text }) => [(node as TestNode).label, text]);

/** A document page's article as the site renders it (src/pages/[year]/[issue]/[doc].astro), shortened. */
const DOCUMENT = `
<article class="document">
  <header class="document__header">
    <p class="document__section">区政府文件</p>
    <h1>济南市槐荫区人民政府关于推进健康槐荫行动的实施意见</h1>
    <p class="document__number">济槐政字〔2021〕15号</p>
  </header>
  <div class="read-aloud" role="group" aria-label="朗读" hidden><button type="button">朗读</button></div>
  <section class="document-meta">
    <h2 class="visually-hidden">文件信息</h2>
    <dl>
      <div class="document-meta__row"><dt>发文机关</dt><dd>济南市槐荫区人民政府</dd></div>
      <div class="document-meta__row"><dt>文号</dt><dd>济槐政字〔2021〕15号</dd></div>
      <div class="document-meta__row"><dt>成文日期</dt><dd>2021年4月1日</dd></div>
      <div class="document-meta__row"><dt>所属期次</dt><dd><a href="/2021/4/">2021年第4期</a>（第3页）</dd></div>
    </dl>
  </section>
  <nav class="toc"><details><summary>本文目录</summary><ol><li><a href="#一">一、总体要求</a></li></ol></details></nav>
  <div class="document__body">
    <p>各街道办事处，区政府各部门：</p>
    <p>为贯彻健康中国战略，
       推进健康槐荫建设。</p>
    <h2 id="一">一、总体要求</h2>
    <ul><li>普及健康知识；</li><li>参与健康行动。</li></ul>
    <div class="table-scroll" role="region" aria-label="表格：主要指标" tabindex="0">
      <table>
        <caption>主要指标</caption>
        <thead><tr><th>指标</th><th>目标值</th></tr></thead>
        <tbody>
          <tr><td>人均预期寿命</td><td>79岁</td></tr>
          <tr><td>健康素养水平</td><td></td></tr>
        </tbody>
      </table>
    </div>
    <p class="signature">济南市槐荫区人民政府<br>2021年4月1日</p>
  </div>
</article>`;

describe('readingParts', () => {
  it('reads a document as the page shows it — section, title, 文号, its metadata without repeating the 文号, then its text — and skips controls and the table of contents', () => {
    expect(said(parse(DOCUMENT))).toEqual([
      ['p.document__section', '区政府文件'],
      ['h1', '济南市槐荫区人民政府关于推进健康槐荫行动的实施意见'],
      ['p.document__number', '济槐政字〔2021〕15号'],
      ['h2.visually-hidden', '文件信息'],
      ['div.document-meta__row', '发文机关：济南市槐荫区人民政府'],
      ['div.document-meta__row', '成文日期：2021年4月1日'],
      ['div.document-meta__row', '所属期次：2021年第4期（第3页）'],
      ['p', '各街道办事处，区政府各部门：'],
      ['p', '为贯彻健康中国战略，推进健康槐荫建设。'],
      ['h2', '一、总体要求'],
      ['li', '普及健康知识；'],
      ['li', '参与健康行动。'],
      ['table', '表格：主要指标，共2行。'],
      ['tr', '第1行，指标：人均预期寿命；目标值：79岁。'],
      ['tr', '第2行，指标：健康素养水平；目标值：空。'],
      ['p.signature', '济南市槐荫区人民政府2021年4月1日'],
    ]);
  });

  it('reads an issue’s list entry as one part, its title, 文号 and date apart', () => {
    const issue = parse(`
      <main>
        <h1><span class="page-kicker">济南市槐荫区人民政府公报</span>2021年第4期</h1>
        <p class="page-lead">本期共 2 篇文件。</p>
        <section class="section-group">
          <h2>区政府文件</h2>
          <ol class="document-list">
            <li><a href="/2021/4/01/">关于印发某某办法的通知</a><p class="document-list__meta"><span>济槐政发〔2021〕1号</span><time datetime="2021-01-05">2021年1月5日</time></p></li>
            <li><a href="/2021/4/02/">关于推进健康槐荫行动的实施意见</a></li>
          </ol>
        </section>
      </main>`);
    expect(said(issue)).toEqual([
      ['h1', '济南市槐荫区人民政府公报2021年第4期'],
      ['p.page-lead', '本期共 2 篇文件。'],
      ['h2', '区政府文件'],
      ['li', '关于印发某某办法的通知，济槐政发〔2021〕1号，2021年1月5日'],
      ['li', '关于推进健康槐荫行动的实施意见'],
    ]);
  });

  it('skips what is hidden, aria-hidden, navigation, forms and whatever the page leaves out', () => {
    const root = parse(`
      <main>
        <p hidden>隐藏</p>
        <p aria-hidden="true">装饰</p>
        <nav><p>上一篇</p></nav>
        <form><label>搜索<input></label></form>
        <p class="print-source">网址：https://example.gov.cn/</p>
        <p>正文<button>取消突出显示</button></p>
      </main>`);
    expect(said(root, (node) => (node as TestNode).label !== 'p.print-source')).toEqual([['p', '正文']]);
  });

  it('names each cell by its column, following colspan; a table without a header row reads its cells alone', () => {
    const root = parse(`
      <div>
        <table>
          <tr><th colspan="2">类别</th><th>数量</th></tr>
          <tr><td>甲</td><td>乙</td><td>3</td></tr>
        </table>
        <table><tr><td>一</td><td>二</td></tr></table>
      </div>`);
    expect(said(root)).toEqual([
      ['table', '表格，共1行。'],
      ['tr', '第1行，类别：甲；类别：乙；数量：3。'],
      ['table', '表格，共1行。'],
      ['tr', '第1行，一；二。'],
    ]);
  });

  it('reads a list item holding a list of its own item by item, and text between blocks with its container', () => {
    const root = parse(`<div>开头的话<ol><li>第一项<ul><li>甲</li><li>乙</li></ul></li></ol>结尾的话</div>`);
    expect(said(root)).toEqual([
      ['div', '开头的话'],
      ['li', '第一项'],
      ['li', '甲'],
      ['li', '乙'],
      ['div', '结尾的话'],
    ]);
  });
});

describe('speakable', () => {
  it('collapses white space and drops the line breaks of the source between Chinese characters, not between Latin words', () => {
    expect(speakable('  为贯彻\n   健康中国战略， Healthy  China  2030 ')).toBe(
      '为贯彻健康中国战略， Healthy China 2030',
    );
  });
});

describe('utterances', () => {
  it('keeps a short part whole', () => {
    expect(utterances('为贯彻健康中国战略，推进健康槐荫建设。')).toEqual(['为贯彻健康中国战略，推进健康槐荫建设。']);
  });

  it(`cuts a long part after sentences into utterances of at most ${UTTERANCE_LENGTH} characters, losing nothing`, () => {
    const sentence = '为进一步深化改革，提高服务水平，推进健康槐荫建设。';
    const text = sentence.repeat(12);
    const pieces = utterances(text);
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(UTTERANCE_LENGTH);
      expect(piece.endsWith('。')).toBe(true);
    }
    expect(pieces.join('')).toBe(text);
  });

  it('cuts a sentence longer than that at a comma, and one without commas at the limit', () => {
    const clauses = '各街道办事处和区政府各部门要认真组织实施，'.repeat(10) + '确保取得实效。';
    const pieces = utterances(clauses);
    expect(pieces.slice(0, -1).every((piece) => piece.endsWith('，'))).toBe(true);
    expect(pieces.join('')).toBe(clauses);
    const unbroken = '健'.repeat(250);
    expect(utterances(unbroken).map((piece) => piece.length)).toEqual([120, 120, 10]);
  });
});

describe('chineseVoice', () => {
  const voice = (lang: string) => ({ lang, name: lang });

  it('prefers Mandarin of mainland China, however the platform writes it', () => {
    expect(chineseVoice([voice('en-US'), voice('zh-TW'), voice('zh-CN')])?.lang).toBe('zh-CN');
    expect(chineseVoice([voice('zh-HK'), voice('zh_CN')])?.lang).toBe('zh_CN');
  });

  it('takes any Chinese voice when there is no zh-CN one', () => {
    expect(chineseVoice([voice('en-GB'), voice('cmn-Hans-CN')])?.lang).toBe('cmn-Hans-CN');
    expect(chineseVoice([voice('zh-TW')])?.lang).toBe('zh-TW');
  });

  it('finds none among voices of other languages, or no voices at all', () => {
    expect(chineseVoice([voice('en-US'), voice('ja-JP'), voice('zhx-XX')])).toBeNull();
    expect(chineseVoice([])).toBeNull();
  });
});
