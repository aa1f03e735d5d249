/**
 * Golden queries: what residents search for, written from the archive's real content, each with
 * the document it must find in the top 3 (or any one of several, where several documents are
 * equally right), and some with what must not match. Run against the built site in Chromium by
 * golden.test.ts; the same list drives `npm run bench` and the ranking choice in README "Search".
 */

export type GoldenKind =
  'policy term' | 'place' | 'person' | '文号' | 'quoted phrase' | 'one character' | 'statistics' | 'figure';

/** At least one URL: an empty list would be a check that passes on nothing. */
export type Urls = [string, ...string[]];

export interface GoldenQuery {
  kind: GoldenKind;
  query: string;
  /** The document (URL) to find in the top 3; with several, any one of them. */
  expect: Urls;
  /** Documents that must not appear among the results at all. */
  mustNotMatch?: Urls;
  /** Documents that may match but must not be in the top 3. */
  notInTop3?: Urls;
  /** The expected document must be first (文号 lookups promise this). */
  first?: boolean;
}

const STATISTICS: Urls = ['/2020/3/19/', '/2021/4/10/', '/2022/2/05/', '/2022/4/13/'];

export const GOLDEN: GoldenQuery[] = [
  // Policy terms, often cut into single characters by the segmenter.
  { kind: 'policy term', query: '健康槐荫', expect: ['/2021/4/02/'] },
  { kind: 'policy term', query: '非物质文化遗产', expect: ['/2021/4/04/'] },
  { kind: 'policy term', query: '耕地保护', expect: ['/2022/4/03/'] },
  { kind: 'policy term', query: '府院联动', expect: ['/2021/4/06/'] },
  { kind: 'policy term', query: '企业破产', expect: ['/2021/4/06/'] },
  { kind: 'policy term', query: '突发事件总体应急预案', expect: ['/2022/4/02/'] },
  { kind: 'policy term', query: '药品安全事件', expect: ['/2022/4/09/'] },
  { kind: 'policy term', query: '知识产权强县', expect: ['/2022/4/05/'] },
  { kind: 'policy term', query: '企业上市', expect: ['/2022/4/06/'] },
  { kind: 'policy term', query: '污染防治攻坚战', expect: ['/2022/4/07/'] },
  { kind: 'policy term', query: '黄河流域生态保护', expect: ['/2022/2/01/'] },
  { kind: 'policy term', query: '2022年政务公开工作要点', expect: ['/2022/2/02/'] },
  { kind: 'policy term', query: '农民工工资', expect: ['/2020/3/14/'] },
  { kind: 'policy term', query: '职业教育', expect: ['/2020/3/12/'] },
  { kind: 'policy term', query: '行政权力划转', expect: ['/2020/3/10/'] },
  { kind: 'policy term', query: '规范性文件清理', expect: ['/2021/4/01/'] },
  { kind: 'policy term', query: '重大行政决策', expect: ['/2021/4/03/'] },
  { kind: 'policy term', query: '学前教育', expect: ['/2021/4/05/'] },
  { kind: 'policy term', query: '义务教育优质均衡', expect: ['/2021/4/05/'] },
  { kind: 'policy term', query: '妇女发展规划', expect: ['/2022/4/01/'] },
  { kind: 'policy term', query: '残疾人事业', expect: ['/2022/4/04/'] },
  { kind: 'policy term', query: '国有资本经营预算', expect: ['/2022/4/08/'] },
  { kind: 'policy term', query: '营商环境', expect: ['/2022/2/02/', '/2022/2/01/', '/2020/3/13/'] },
  { kind: 'policy term', query: '大骨节病', expect: ['/2021/4/02/'] },
  // Places: communities, roads, estates named in the 批复.
  { kind: 'place', query: '济水上苑', expect: ['/2020/3/01/'] },
  { kind: 'place', query: '清河源社区', expect: ['/2020/3/02/'] },
  { kind: 'place', query: '发祥巷', expect: ['/2020/3/03/'] },
  { kind: 'place', query: '辛西路', expect: ['/2020/3/04/'] },
  { kind: 'place', query: '财富壹号花园', expect: ['/2020/3/05/'] },
  { kind: 'place', query: '嘉瑞社区', expect: ['/2020/3/06/'] },
  { kind: 'place', query: '鑫苑世家', expect: ['/2020/3/07/'] },
  { kind: 'place', query: '龙腾国际花园', expect: ['/2020/3/08/'] },
  { kind: 'place', query: '北大槐树街', expect: ['/2020/3/11/'] },
  // People named in 人事任免.
  { kind: 'person', query: '董忠', expect: ['/2020/3/15/'] },
  { kind: 'person', query: '王建刚', expect: ['/2020/3/16/'] },
  { kind: 'person', query: '吕红艳', expect: ['/2020/3/17/'] },
  { kind: 'person', query: '肖军', expect: ['/2020/3/18/'] },
  { kind: 'person', query: '张戈', expect: ['/2021/4/07/'] },
  { kind: 'person', query: '金宪美', expect: ['/2021/4/09/'], notInTop3: ['/2022/4/12/'] },
  { kind: 'person', query: '刘晓菡', expect: ['/2022/2/03/'], mustNotMatch: ['/2022/4/10/'] },
  { kind: 'person', query: '李雨霏', expect: ['/2022/4/10/'] },
  { kind: 'person', query: '樊丽霞', expect: ['/2022/4/10/'] },
  { kind: 'person', query: '师涛', expect: ['/2022/4/12/'] },
  { kind: 'person', query: '周燕', expect: ['/2022/2/04/', '/2022/4/11/'], mustNotMatch: ['/2022/4/12/'] },
  // 文号s in the variants residents type: the document must come first.
  { kind: '文号', query: '济槐政字〔2021〕15号', expect: ['/2021/4/02/'], first: true },
  { kind: '文号', query: '济槐政字(2020)17号', expect: ['/2020/3/10/'], first: true },
  { kind: '文号', query: '济槐政字[2022]13号', expect: ['/2022/4/03/'], first: true },
  { kind: '文号', query: '济槐政任2022年10号', expect: ['/2022/4/10/'], first: true },
  { kind: '文号', query: '槐政办字 〔2021〕 9号', expect: ['/2021/4/06/'], first: true },
  { kind: '文号', query: '济槐普发（2022）71号', expect: ['/2022/2/01/'], first: true },
  { kind: '文号', query: '槐政办发【2022】1号', expect: ['/2022/2/02/'], first: true },
  // Quoted phrases.
  { kind: 'quoted phrase', query: '“五年攻坚”', expect: ['/2022/4/06/'] },
  { kind: 'quoted phrase', query: '"三减"', expect: ['/2021/4/02/'] },
  { kind: 'quoted phrase', query: '“十四五”儿童发展规划', expect: ['/2022/4/01/'] },
  // One character.
  { kind: 'one character', query: '菡', expect: ['/2022/2/03/'] },
  { kind: 'one character', query: '霏', expect: ['/2022/4/10/'] },
  // Statistics indicators and figures.
  { kind: 'statistics', query: '社会消费品零售总额', expect: STATISTICS },
  { kind: 'statistics', query: '地区生产总值', expect: STATISTICS },
  { kind: 'statistics', query: '规模以上工业增加值', expect: STATISTICS },
  { kind: 'figure', query: '746.8', expect: ['/2022/4/13/'] },
];

/** Queries whose words are nowhere in the archive: the page must say so, not show noise. */
export const ABSENT = ['鲸鱼', '熊猫'];
