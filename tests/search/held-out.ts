/**
 * Held-out queries: an independent check of search quality.
 *
 * This set was written AFTER the ranking was chosen, by someone who did not see the ranking code
 * (src/lib/search/) or the README "Search" notes, working only from the archive's real content
 * (src/content/documents/ and content/*.txt). None of these queries repeats one in golden.ts.
 *
 * Use it only to MEASURE search quality. Do not use it to tune settings, weights or the
 * segmenter: once a query here has influenced the ranking, the set is no longer held out and a
 * fresh one must be written.
 *
 * Each `expect` lists the document(s) a resident would want in the top 3; where several are
 * equally right, all of them are listed (any one of them counts).
 */

import type { GoldenQuery, Urls } from './golden.ts';

/** Every issue's table of main economic indicators (统计数据). */
const STATISTICS_ALL: Urls = ['/2020/3/19/', '/2021/4/10/', '/2022/2/05/', '/2022/4/13/'];

export const HELD_OUT: GoldenQuery[] = [
  // Policy terms: distinctive words from the body of one policy document, not its full title.
  { kind: 'policy term', query: '田长制', expect: ['/2022/4/03/'] },
  { kind: 'policy term', query: '地理标志', expect: ['/2022/4/05/'] },
  { kind: 'policy term', query: '私募股权投资', expect: ['/2022/4/06/'] },
  { kind: 'policy term', query: '欠薪', expect: ['/2020/3/14/'] },
  { kind: 'policy term', query: '控烟', expect: ['/2021/4/02/'] },
  { kind: 'policy term', query: '节水型社会', expect: ['/2022/2/01/'] },
  { kind: 'policy term', query: '碳达峰', expect: ['/2022/4/07/'] },
  { kind: 'policy term', query: '托育', expect: ['/2022/4/01/'] },
  { kind: 'policy term', query: '双师型', expect: ['/2020/3/12/'] },

  // Places: estates and communities named inside the 2020 community 批复, not in their titles.
  { kind: 'place', query: '恒大御峰', expect: ['/2020/3/01/'] },
  { kind: 'place', query: '公祥街', expect: ['/2020/3/03/'] },
  { kind: 'place', query: '君悦首府', expect: ['/2020/3/04/'] },
  { kind: 'place', query: '御景城', expect: ['/2020/3/06/'] },
  { kind: 'place', query: '华联社区', expect: ['/2020/3/09/'] },

  // People named in 人事任免 notices (not the person the title is named after).
  { kind: 'person', query: '靖宏亮', expect: ['/2020/3/16/'] },
  { kind: 'person', query: '刘润萍', expect: ['/2020/3/17/'] },
  { kind: 'person', query: '韩露璐', expect: ['/2022/4/11/'] },
  { kind: 'person', query: '赵家怀', expect: ['/2022/4/12/'] },
  // Appointed in 2020, removed from the same post in 2022: both notices are right.
  { kind: 'person', query: '耿宪臣', expect: ['/2020/3/15/', '/2022/4/11/'] },

  // 文号 lookups in the forms residents type; each shares its year and number with another
  // document's 文号 (济槐政任〔2022〕4号, 槐政办发〔2020〕1号, 槐政办字〔2021〕9号), so the prefix matters.
  { kind: '文号', query: '济槐政发(2022)4号', expect: ['/2022/4/01/'], first: true },
  { kind: '文号', query: '槐政办字2020年1号', expect: ['/2020/3/14/'], first: true },
  { kind: '文号', query: '济槐政任【2021】9号', expect: ['/2021/4/08/'], first: true },
  { kind: '文号', query: '济槐政字〔2021〕19号', expect: ['/2021/4/04/'], first: true },

  // Quoted phrases from document bodies, with curly and straight quotes.
  { kind: 'quoted phrase', query: '“大班额”', expect: ['/2021/4/05/'] },
  { kind: 'quoted phrase', query: '"僵尸企业"', expect: ['/2021/4/06/'] },

  // One character that occurs in a single document (the estate 龙湖水晶郛城).
  { kind: 'one character', query: '郛', expect: ['/2020/3/01/'] },

  // Statistics indicators and a figure from the economic tables.
  { kind: 'statistics', query: '工业利润总额', expect: STATISTICS_ALL },
  // Only the 2020 and 2021 tables report foreign investment.
  { kind: 'statistics', query: '实际使用外资', expect: ['/2020/3/19/', '/2021/4/10/'] },
  // 2021 地区生产总值 (亿元).
  { kind: 'figure', query: '701.1', expect: ['/2021/4/10/'] },
];
