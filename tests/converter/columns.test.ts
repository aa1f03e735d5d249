import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGutter, readColumnsInOrder } from '../../src/converter/detect/columns.ts';
import { detectLines } from '../../src/converter/detect/index.ts';
import { splitLines } from '../../src/converter/read/index.ts';
import { createJournal, type SourceLine } from '../../src/converter/types.ts';
import { atLeast } from '../support/at-least.ts';

const issue = { year: 2021, number: 4, id: '2021-4', title: '2021年第4期' };

/** Lines numbered from 1, as the read stage gives them. */
function numbered(texts: readonly string[]): SourceLine[] {
  return texts.map((text, index) => ({ no: index + 1, text }));
}

/** A printed line of a two-column page: the left column's line, then the right column's from place 18. */
function beside(left: string, right: string): string {
  return right === '' ? left : left.padEnd(18, ' ') + right;
}

function read(texts: readonly string[]) {
  const journal = createJournal();
  const lines = readColumnsInOrder(numbered(texts), journal);
  return { lines, texts: lines.map((line) => line.text), numbers: lines.map((line) => line.no), journal };
}

/** A page of the gazette in two columns, as `pdftotext -layout` prints it. */
const TWO_COLUMN_PAGE = [
  '\f济南市槐荫区人民政府公报（2021 年第 4 期）          区政府文件',
  beside('  一、总体要求', '深化改革开放，激发市场'),
  beside('坚持以人民为中心的发展', '主体活力，稳定社会预期'),
  beside('思想，推动高质量发展取', '，增强发展动力。'),
  beside('得新成效，加快建设现代', '  二、主要任务'),
  beside('化经济体系。', '各街道办事处要建立工作'),
  beside('', '机制。'),
  '',
  '                 — 3 —',
];

describe('detect stage: two columns read in reading order', () => {
  it('reads a two-column page left column first, then right column, furniture in place', () => {
    expect(read(TWO_COLUMN_PAGE).texts).toEqual([
      TWO_COLUMN_PAGE[0],
      '  一、总体要求',
      '坚持以人民为中心的发展',
      '思想，推动高质量发展取',
      '得新成效，加快建设现代',
      '化经济体系。',
      '深化改革开放，激发市场',
      '主体活力，稳定社会预期',
      '，增强发展动力。',
      '  二、主要任务',
      '各街道办事处要建立工作',
      '机制。',
      '',
      '                 — 3 —',
    ]);
  });

  it("measures each piece's indent from its own column's edge", () => {
    const { lines } = read(TWO_COLUMN_PAGE);
    const indentOf = (text: string) => lines.find((line) => line.text.trim() === text)!.text.search(/\S/);
    expect(indentOf('一、总体要求')).toBe(2);
    expect(indentOf('二、主要任务')).toBe(2);
    expect(indentOf('深化改革开放，激发市场')).toBe(0);
    expect(indentOf('机制。')).toBe(0);
  });

  it('gives each piece the number of the line it came from', () => {
    expect(read(TWO_COLUMN_PAGE).numbers).toEqual([1, 2, 3, 4, 5, 6, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('journals one repair for each page read in columns, none for a page left as printed', () => {
    const page = TWO_COLUMN_PAGE;
    const { journal } = read([...page, ...page, '\f    济南市槐荫区人民政府', '关于推进健康槐荫行动的实施意见']);
    expect(journal.repairs.map((repair) => [repair.kind, repair.line])).toEqual([
      ['columns-in-reading-order', 1],
      ['columns-in-reading-order', 10],
    ]);
    expect(journal.repairs[0]!.before).toContain('第 1–9 行');
  });

  it('keeps a line spanning both columns in place and reads each band left column, then right', () => {
    const { texts } = read([
      beside('坚持以人民为中心的发展', '深化改革开放，激发市场'),
      beside('思想，推动高质量发展取', '主体活力，稳定社会预期'),
      beside('得新成效。', '，增强发展动力。'),
      '      附件：槐荫区推进健康行动主要指标及工作任务分解',
      beside('  一、总体要求', '各街道办事处要建立工作'),
      beside('各部门要结合实际制定方', '机制，明确责任分工，加'),
      beside('案，认真组织实施。', '强督促检查。'),
    ]);
    expect(texts).toEqual([
      '坚持以人民为中心的发展',
      '思想，推动高质量发展取',
      '得新成效。',
      '深化改革开放，激发市场',
      '主体活力，稳定社会预期',
      '，增强发展动力。',
      '      附件：槐荫区推进健康行动主要指标及工作任务分解',
      '  一、总体要求',
      '各部门要结合实际制定方',
      '案，认真组织实施。',
      '各街道办事处要建立工作',
      '机制，明确责任分工，加',
      '强督促检查。',
    ]);
  });

  it('reads a right-column line pdftotext pushed into the gutter, beside a blank in the left column, as the right column’s', () => {
    const { texts } = read([
      beside('坚持以人民为中心的发展', '深化改革开放，激发市场'),
      beside('思想，推动高质量发展取', '主体活力，稳定社会预期'),
      beside('得新成效。', '，增强发展动力和活力'),
      // The left column is blank here, so pdftotext set the right column's line from place 10.
      `${' '.repeat(10)}各街道办事处要建立工作`,
      beside('  济槐政字〔2021〕1号', '机制，明确责任分工，加'),
      beside('各部门要结合实际制定方', '强督促检查。'),
    ]);
    expect(texts).toEqual([
      '坚持以人民为中心的发展',
      '思想，推动高质量发展取',
      '得新成效。',
      '  济槐政字〔2021〕1号',
      '各部门要结合实际制定方',
      '深化改革开放，激发市场',
      '主体活力，稳定社会预期',
      '，增强发展动力和活力',
      '各街道办事处要建立工作',
      '机制，明确责任分工，加',
      '强督促检查。',
    ]);
  });

  it("divides a line where digits pushed the right column's text along, which then reads as flush", () => {
    const { texts } = read([
      beside('坚持以人民为中心的发展', '深化改革开放，激发市场'),
      beside('思想，推动高质量发展取', '主体活力，稳定社会预期'),
      beside('得新成效，加快建设现代', '，增强发展动力。各街道'),
      '化经济体系。到2025年达到85%以上 办事处要建立工作机制。',
      beside('得新成效。', '  二、主要任务'),
    ]);
    expect(texts).toEqual([
      '坚持以人民为中心的发展',
      '思想，推动高质量发展取',
      '得新成效，加快建设现代',
      '化经济体系。到2025年达到85%以上',
      '得新成效。',
      '深化改革开放，激发市场',
      '主体活力，稳定社会预期',
      '，增强发展动力。各街道',
      '办事处要建立工作机制。',
      '  二、主要任务',
    ]);
  });

  it('reads a page whose columns pdftotext packed a single space apart', () => {
    // 2022年第4期 typeset on B5 in two columns, page 3, as pdftotext -layout extracted it.
    const page = [
      '\f济南市槐荫区人民政府公报（2022 年第 4 期）          区政府文件',
      '   三、发展领域、主要目标和策略措    责任单位：区委宣传部、区体育事业发',
      '施                     展中心、区妇联）',
      '  （一）妇女与健康              （8）增强妇女心理健康意识，妇女',
      '  1. 主要目标             焦虑障碍、抑郁症患病率上升趋势减',
      '  （1）妇女生命周期享有良好的卫生 缓。（牵头单位：区卫生健康局，责任单',
      '健康服务，妇女人均预期寿命延长，人 位：区委宣传部、区妇联）',
      '均健康预期寿命提高。（牵头单位：区卫      （9）普及生殖健康和优生优育知',
      '生健康局，责任单位：区医疗保障局） 识，减少非意愿妊娠。（牵头单位：区卫',
      '  （2）孕产妇死亡率控制在8/10万以 生健康局，责任单位：区市场监管局、',
      '下，城乡、区域差距缩小。（牵头单位： 区委宣传部、区教育和体育局、区妇联）',
      '区卫生健康局）                 （10）提高妇女经常参加体育锻炼',
      '  （3）妇女常见病筛查率达到85%以 人数比例。提高妇女体质测定标准合格',
      '上。（牵头单位：区卫生健康局，责任单 比例。（牵头单位：区体育事业发展中',
      '位：区财政局、区妇联、区总工会）      心，责任单位：区妇联、区总工会）',
    ];
    const { texts } = read(page);
    expect(texts.map((text) => text.trim())).toEqual([
      page[0]!.trim(),
      '三、发展领域、主要目标和策略措',
      '施',
      '（一）妇女与健康',
      '1. 主要目标',
      '（1）妇女生命周期享有良好的卫生',
      '健康服务，妇女人均预期寿命延长，人',
      '均健康预期寿命提高。（牵头单位：区卫',
      '生健康局，责任单位：区医疗保障局）',
      '（2）孕产妇死亡率控制在8/10万以',
      '下，城乡、区域差距缩小。（牵头单位：',
      '区卫生健康局）',
      '（3）妇女常见病筛查率达到85%以',
      '上。（牵头单位：区卫生健康局，责任单',
      '位：区财政局、区妇联、区总工会）',
      '责任单位：区委宣传部、区体育事业发',
      '展中心、区妇联）',
      '（8）增强妇女心理健康意识，妇女',
      '焦虑障碍、抑郁症患病率上升趋势减',
      '缓。（牵头单位：区卫生健康局，责任单',
      '位：区委宣传部、区妇联）',
      '（9）普及生殖健康和优生优育知',
      '识，减少非意愿妊娠。（牵头单位：区卫',
      '生健康局，责任单位：区市场监管局、',
      '区委宣传部、区教育和体育局、区妇联）',
      '（10）提高妇女经常参加体育锻炼',
      '人数比例。提高妇女体质测定标准合格',
      '比例。（牵头单位：区体育事业发展中',
      '心，责任单位：区妇联、区总工会）',
    ]);
  });

  it("divides a title in large type, which pdftotext places too far left, from the other column's line", () => {
    // 2020年第3期 typeset on A4 in two columns: the right column's title beside the left column's.
    const { texts } = read([
      '序配齐配强社区居民委员会班子，为建设“四             个槐荫”做出积极贡献。',
      '个槐荫”做出积极贡献。                                  济南市槐荫区人民政府',
      '  济南市槐荫区人民政府   关于公布区级行政权力划转事项',
      '关于同意调整华联等社区居民委      清单的通知',
      '  员会管辖范围的批复       济槐政字〔2020〕17号',
      '       济槐政字〔2020〕16号             各街道办事处，区政府各部门：',
      '                                    按照省政府办公厅《关于深化相对集中行',
      '西市场街道办事处：                        政许可权改革规范市县行政审批服务工作的意',
      '    你办《关于调整社区居委会管辖范围的请           见》（鲁政办字〔2020〕85号）要求，结合我区',
      '示》（济槐西政发〔2020〕1号）收悉。经研           实际，决定明确区级行政许可事项及关联事项',
    ]);
    expect(texts.map((text) => text.trim())).toEqual([
      '序配齐配强社区居民委员会班子，为建设“四',
      '个槐荫”做出积极贡献。',
      '济南市槐荫区人民政府',
      '关于同意调整华联等社区居民委',
      '员会管辖范围的批复',
      '济槐政字〔2020〕16号',
      '西市场街道办事处：',
      '你办《关于调整社区居委会管辖范围的请',
      '示》（济槐西政发〔2020〕1号）收悉。经研',
      '个槐荫”做出积极贡献。',
      '济南市槐荫区人民政府',
      '关于公布区级行政权力划转事项',
      '清单的通知',
      '济槐政字〔2020〕17号',
      '各街道办事处，区政府各部门：',
      '按照省政府办公厅《关于深化相对集中行',
      '政许可权改革规范市县行政审批服务工作的意',
      '见》（鲁政办字〔2020〕85号）要求，结合我区',
      '实际，决定明确区级行政许可事项及关联事项',
    ]);
  });

  it("reads a page holding only a column's last line beside the other column's", () => {
    // 2022年第4期 typeset on A4 in two columns: a document's last lines spill onto a page of their own.
    const { texts } = read([
      '\f济南市槐荫区人民政府公报（2022 年第 4 期）                     区政府办公室文件',
      '  十九、区信访局：配合做好药品安全事件        （2022年11月25日印发）',
      '信访问题协调、应急处置工作。',
      '',
      '                                                    89',
    ]);
    expect(texts.map((text) => text.trim())).toEqual([
      '济南市槐荫区人民政府公报（2022 年第 4 期）                     区政府办公室文件',
      '十九、区信访局：配合做好药品安全事件',
      '信访问题协调、应急处置工作。',
      '（2022年11月25日印发）',
      '',
      '89',
    ]);
  });

  describe('leaves a page printed in one column as it is', () => {
    const cases: Record<string, string[]> = {
      'a centred title above paragraphs': [
        '             济南市槐荫区人民政府',
        '       关于推进健康槐荫行动的实施意见',
        '            济槐政字〔2021〕15号',
        '各街道办事处，区政府各部门：',
        '  为贯彻健康中国战略，推进健康槐荫建设，根据《济南市人民政府关于',
        '推进健康济南行动的实施意见》，结合我区实际，现制定如下实施意见。',
        '                                  济南市槐荫区人民政府',
        '                                    2021年11月23日',
      ],
      'a table with wide gaps between its cells': [
        ' 序号         名称              牵头编制部门',
        '  1      槐荫区防汛应急预案            区水务局',
        '  2      槐荫区地震应急预案            区应急局',
        '  3 槐荫区突发地质灾害应急预案             区应急局',
        '  4 槐荫区自然灾害救助应急预案            区应急局',
      ],
      'a table of two cells a row, the second narrow': [
        '槐荫区防汛应急预案                区水务局',
        '槐荫区地震应急预案                区应急局',
        '槐荫区森林火灾应急预案              区应急局',
        '槐荫区清雪除冰工作预案              区城管局',
        '槐荫区火灾事故应急预案              区消防救援大队',
      ],
      'a table of contents with its page numbers': [
        '           目 录',
        '【区政府文件】',
        '济南市槐荫区人民政府关于公布区政府规范性文件清理结果的决定       1',
        '济南市槐荫区人民政府关于推进健康槐荫行动的实施意见              2',
        '济南市槐荫区人民政府关于公布2021年度重大行政决策事项目录的通知    9',
        '槐荫区人民政府办公室关于建立企业破产府院联动机制的通知          22',
      ],
      'an extraction without layout, one paragraph a line': [
        '济南市槐荫区人民政府公报（2021 年第 4 期） 区政府文件',
        '— 1 —',
        '为贯彻健康中国战略，推进健康槐荫建设，根据《济南市人民政府关于推进健康济南行动的实施意见》，结合我区实际，现制定如下实施意见。',
        '一、总体要求',
      ],
    };
    for (const [name, page] of Object.entries(cases)) {
      it(name, () => {
        const { lines, journal } = read(['\f', ...page]);
        expect(lines).toEqual(numbered(['\f', ...page]));
        expect(journal.repairs).toEqual([]);
      });
    }
  });

  it('finds no gutter on a page without two columns of text beside each other', () => {
    expect(findGutter(['各街道办事处，区政府各部门：', '  为贯彻健康中国战略，推进健康槐荫建设。'])).toBeNull();
    expect(findGutter([])).toBeNull();
  });

  it('runs before furniture is recognised, so that a page of two columns loses its header and page number', () => {
    const journal = createJournal();
    const { lines } = detectLines(numbered(TWO_COLUMN_PAGE), issue, '2021-4.txt', journal);
    expect(lines.map((line) => line.text.trim()).filter((text) => text !== '')).toEqual([
      '一、总体要求',
      '坚持以人民为中心的发展',
      '思想，推动高质量发展取',
      '得新成效，加快建设现代',
      '化经济体系。',
      '深化改革开放，激发市场',
      '主体活力，稳定社会预期',
      '，增强发展动力。',
      '二、主要任务',
      '各街道办事处要建立工作',
      '机制。',
    ]);
    expect(journal.artefacts.map((artefact) => artefact.kind)).toEqual(['page-break', 'running-header', 'page-number']);
  });
});

const ARCHIVED = readdirSync('content')
  .filter((file) => /^\d{4}-\d+\.txt$/.test(file))
  .map((file): [string, string] => [`content/${file}`, join('content', file)]);

function linesOf(path: string): SourceLine[] {
  return splitLines(readFileSync(path, 'utf8'));
}

describe('detect stage: two columns on real extractions', () => {
  it('leaves every archived issue file as it is', () => {
    for (const [name, path] of atLeast(4, ARCHIVED, 'archived issue files')) {
      const lines = linesOf(path);
      const journal = createJournal();
      expect(readColumnsInOrder(lines, journal), name).toEqual(lines);
      expect(journal.repairs, name).toEqual([]);
    }
  });
});
