import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/converter/read/index.ts';
import { buildBlocks, type BodyContext } from '../../src/converter/structure/blocks.ts';
import { columnWidth } from '../../src/converter/detect/layout.ts';
import { cleanTitle, documentType, inferSection } from '../../src/converter/structure/meta.ts';
import { organsFromTitle, displayWidth } from '../../src/vocabulary/index.ts';
import { buildTable } from '../../src/converter/structure/table.ts';
import { createJournal, type Block } from '../../src/converter/types.ts';

const context: BodyContext = {
  title: '关于印发甲方案的通知',
  numberedParagraphs: false,
  personnel: false,
};
const blocks = (text: string, overrides: Partial<BodyContext> = {}): Block[] =>
  buildBlocks(splitLines(text), { ...context, ...overrides }, createJournal());
const summary = (list: Block[]) =>
  list.map((block) =>
    block.kind === 'heading'
      ? `h${block.depth} ${block.text}`
      : block.kind === 'paragraph'
        ? `p ${block.text}`
        : block.kind,
  );

describe('structure stage: metadata', () => {
  it('reads the 文种 from the end of the title', () => {
    expect(
      ['…关于推进健康槐荫行动的实施意见', '…的批复', '…的通知', '政府工作报告', '…（2022—2025年）的通知'].map(
        documentType,
      ),
    ).toEqual(['意见', '批复', '通知', '报告', '通知']);
  });

  it('removes extraction whitespace from titles but keeps it between Latin words', () => {
    expect(cleanTitle('济南市槐荫区人民政府 关于公布 的 通 知')).toBe('济南市槐荫区人民政府关于公布的通知');
    expect(cleanTitle('关于 IPv6 升级 的通知')).toBe('关于IPv6升级的通知');
  });

  it('reads joint issuing organs from a title', () => {
    expect(organsFromTitle('中共济南市槐荫区委办公室济南市槐荫区人民政府办公室印发《方案》的通知')).toEqual([
      '中共济南市槐荫区委办公室',
      '济南市槐荫区人民政府办公室',
    ]);
  });

  it('infers the printed section from the kind of organ and document', () => {
    expect(
      inferSection('document', '关于任免张三等工作人员职务的通知', ['济南市槐荫区人民政府'], '济槐政任〔2023〕1号'),
    ).toBe('人事任免');
    expect(inferSection('document', '关于甲的通知', ['中共济南市槐荫区委', '济南市槐荫区人民政府'], null)).toBe(
      '区委区政府文件',
    );
    expect(
      inferSection('document', '印发甲的通知', ['中共济南市槐荫区委办公室', '济南市槐荫区人民政府办公室'], null),
    ).toBe('区委办公室区政府办公室文件');
    expect(inferSection('document', '关于甲的通知', ['槐荫区人民政府办公室'], null)).toBe('区政府办公室文件');
    expect(inferSection('document', '关于甲的通知', ['济南市槐荫区人民政府'], null)).toBe('区政府文件');
    expect(inferSection('statistics', '2023年1-3月全区主要经济指标完成情况', [], null)).toBe('统计数据');
  });
});

describe('structure stage: body blocks', () => {
  it('derives heading levels from the numbering and never skips a level', () => {
    expect(summary(blocks('一、总体要求\n\n正文。\n\n1. 主要目标\n\n正文。\n\n（一）具体任务\n\n正文。'))).toEqual([
      'h2 一、总体要求',
      'p 正文。',
      'h3 1. 主要目标',
      'p 正文。',
      'h3 （一）具体任务',
      'p 正文。',
    ]);
  });

  it('keeps numbered paragraphs of replies and personnel notices as paragraphs', () => {
    expect(
      summary(blocks('一、同意新建甲社区居民委员会。\n\n二、其管辖区域为甲路以东。', { numberedParagraphs: true })),
    ).toEqual(['p 一、同意新建甲社区居民委员会。', 'p 二、其管辖区域为甲路以东。']);
  });

  it('joins a paragraph broken by a page break but not across a heading', () => {
    expect(summary(blocks('各部门要加强协调，及时回应\n\n群众诉求。\n\n二、工作要求\n\n正文。'))).toEqual([
      'p 各部门要加强协调，及时回应群众诉求。',
      'h2 二、工作要求',
      'p 正文。',
    ]);
  });

  it('keeps a bullet item to itself, never taking in the paragraph after a blank line', () => {
    const lines = [
      { no: 1, text: '组长：孙常建（区委副书记、区长）', bullet: true },
      { no: 2, text: '' },
      { no: 3, text: '领导小组下设办公室，办公地点设在区教育和体育局' },
    ];
    expect(summary(buildBlocks(lines, context, createJournal()))).toEqual([
      'list',
      'p 领导小组下设办公室，办公地点设在区教育和体育局',
    ]);
  });

  it('starts a paragraph at every indented line where the extraction kept paragraph indents', () => {
    const lines = [
      { text: '第一段的第一行文字比较长一些', indent: 4 },
      { text: '第一段的续行，没有句号的结束', indent: 0 },
      { text: '第二段开始。', indent: 4 },
      { text: '第三段内容', indent: 4 },
      { text: '续行内容。', indent: 0 },
    ].map((line, index) => ({ ...line, no: index + 1, width: line.indent + displayWidth(line.text) }));
    expect(summary(buildBlocks(lines, context, createJournal()))).toEqual([
      'p 第一段的第一行文字比较长一些第一段的续行，没有句号的结束',
      'p 第二段开始。',
      'p 第三段内容续行内容。',
    ]);
  });

  it('makes a roster printed one member a line into one list, whatever the lines were printed with', () => {
    const lines = splitLines(
      [
        '组长：孙常建（区委副书记、区长）',
        '副组长：陈锐（副区长）',
        '成员：刘宇（区委组织部副部长、区委编办主任）',
        '王 东（区发展改革局局长）',
        '周谊（区教育和体育局局长）',
        '领导小组下设办公室，办公地点设在区教育和体育局。',
      ].join('\n'),
    );
    const built = buildBlocks(lines, context, createJournal());
    expect(summary(built)).toEqual(['list', 'p 领导小组下设办公室，办公地点设在区教育和体育局。']);
    expect(built[0]).toMatchObject({ items: expect.arrayContaining(['周谊（区教育和体育局局长）']) });
    expect((built[0] as Extract<Block, { kind: 'list' }>).items).toHaveLength(5);
  });

  it('keeps a single name with an office in brackets inside the text, not a roster of one', () => {
    expect(summary(blocks('会议由下列同志出席：\n王东（区发展改革局局长）\n会议决定如下。'))).not.toContain('list');
  });

  it('joins the few characters ending a numbered line cut by a page break, rather than taking it for a heading', () => {
    expect(summary(blocks('（4）参与全区各级各类应急预案的备案审查\n\n工作。'))).toEqual([
      'p （4）参与全区各级各类应急预案的备案审查工作。',
    ]);
  });

  it('keeps a line that leaves a bracket open with the line that closes it, though it ends on a colon', () => {
    expect(summary(blocks('各部门要按照分工抓好落实（牵头单位：\n\n区发展改革局）。'))).toEqual([
      'p 各部门要按照分工抓好落实（牵头单位：区发展改革局）。',
    ]);
  });

  it('shows the first sentence of a paragraph opening with `——` in bold when more text follows', () => {
    const [dashed] = blocks('——五年来，财政工作坚持以政领财，不断提升财政功能定位。把准财政工作方向。');
    expect(dashed).toMatchObject({ kind: 'paragraph', lead: '——五年来，财政工作坚持以政领财，不断提升财政功能定位' });
    const [target] = blocks('——生产总值增长8%。');
    expect(target).toMatchObject({ kind: 'paragraph', lead: null });
  });

  it('shows the opening sentences of three parallel paragraphs as leads, but not of two', () => {
    const leads = (text: string) =>
      blocks(text).flatMap((block) => (block.kind === 'paragraph' && block.lead ? [block.lead] : []));
    const parallel = [
      '增强企业自主创新能力。组织开展政策宣讲和培训。',
      '加快重大创新载体建设。推动平台提质增效。',
      '培育壮大创新人才队伍。落实人才政策。',
    ];
    expect(leads(parallel.join('\n\n'))).toEqual([
      '增强企业自主创新能力',
      '加快重大创新载体建设',
      '培育壮大创新人才队伍',
    ]);
    expect(leads(parallel.slice(0, 2).join('\n\n'))).toEqual([]);
    expect(leads(['2020年是极不平凡的一年，面对疫情冲击。', ...parallel.slice(0, 2)].join('\n\n'))).toEqual([]);
  });

  it('recognises a signature of one or more organs above a date', () => {
    const [signature] = blocks('中共济南市槐荫区委办公室\n济南市槐荫区人民政府办公室\n2023年6月1日');
    expect(signature).toMatchObject({
      kind: 'signature',
      organs: ['中共济南市槐荫区委办公室', '济南市槐荫区人民政府办公室'],
      date: '2023年6月1日',
    });
  });

  it('opens an enclosed document after the signature and nests its headings below it', () => {
    expect(
      summary(blocks('现印发给你们。\n\n济南市槐荫区人民政府\n\n2023年1月5日\n\n甲方案\n\n一、总则\n\n正文。')),
    ).toEqual(['p 现印发给你们。', 'signature', 'h2 甲方案', 'h3 一、总则', 'p 正文。']);
  });

  it('measures the column of hard-wrapped text and finds none in one-paragraph-per-line text', () => {
    const wrapped = Array.from({ length: 9 }, () => '这是一行十八个字的硬换行正文内容啊。');
    expect(columnWidth(wrapped.map(displayWidth))).toBe(36);
    const paragraphs = [
      '短句。',
      '这是一个很长的段落'.repeat(10),
      '另一段。',
      '又一段较长的正文'.repeat(8),
      '一',
      '二',
    ];
    expect(columnWidth(paragraphs.map(displayWidth))).toBeNull();
  });

  it('measures a column beside a table set across both columns, whose lines are twice as wide', () => {
    // 20 lines of a 34-cell column, 12 rows of a table across the page (58 cells).
    const widths = [...Array.from({ length: 20 }, () => 34), ...Array.from({ length: 12 }, () => 58)];
    expect(columnWidth(widths)).toBe(34);
    // Lines a little past the column (38 cells) say the column is wider.
    expect(columnWidth([...Array.from({ length: 20 }, () => 34), ...Array.from({ length: 12 }, () => 40)])).not.toBe(
      34,
    );
  });
});

describe('structure stage: lines wrapped by a narrow column', () => {
  /** Lines as a narrow extraction prints them: measured, a blank line after each. */
  const printed = (texts: string[]) =>
    texts.flatMap((text, index) => [
      { no: index * 2 + 1, text, indent: 0, width: displayWidth(text) },
      { no: index * 2 + 2, text: '' },
    ]);
  const column = [
    '为进一步完善社区养老服务体系，满足老',
    '年人多层次、多样化的服务需求，现将有',
    '关事项通知如下。',
    '一、“十三五”发展回顾和2020年政',
    '府工作',
    '“十三五”时期，是槐荫发展进程中极不',
    '平凡的五年。全区生产总值年均增长百分',
    '之十，连跨三个百亿级台阶，由二〇一五',
    '年的三百八十七亿元增长到六百余亿元。',
    '这是综合实力跨越提升的五年。地区生产',
    '总值年均增长较快。',
  ];

  it('joins the lines of a paragraph and of a heading, and starts a paragraph after a short line', () => {
    expect(summary(buildBlocks(printed(column), context, createJournal()))).toEqual([
      'p 为进一步完善社区养老服务体系，满足老年人多层次、多样化的服务需求，现将有关事项通知如下。',
      'h2 一、“十三五”发展回顾和2020年政府工作',
      'p “十三五”时期，是槐荫发展进程中极不平凡的五年。全区生产总值年均增长百分之十，连跨三个百亿级台阶，由二〇一五年的三百八十七亿元增长到六百余亿元。这是综合实力跨越提升的五年。地区生产总值年均增长较快。',
    ]);
  });

  it('reads indents as paragraph starts in long paragraphs, where few lines are indented but each after a sentence’s end', () => {
    // A column of 14 characters; paragraphs of eight lines, each ending on a full line: one line in eight is indented.
    const paragraph = (opening: string) => [
      `  ${opening}开始的第一行文字内容啊`,
      ...Array.from({ length: 6 }, (_, index) => `这是第${'一二三四五六'[index]}行续写的文字内容啊`),
      '最后一行写满到了栏的边缘。',
    ];
    const lines = ['甲', '乙', '丙', '丁'].flatMap(paragraph).map((text, index) => ({
      no: index + 1,
      text,
      indent: text.length - text.trimStart().length,
      width: displayWidth(text),
    }));
    const built = summary(buildBlocks(lines, context, createJournal()));
    expect(built).toHaveLength(4);
    expect(built.every((block) => block.startsWith('p ') && block.endsWith('最后一行写满到了栏的边缘。'))).toBe(true);
  });

  it('continues an indented first line cut short by a bold lead, but not a short indented title, onto a flush-left line', () => {
    const lines = [
      '  第一段的第一行文字，内容十分',
      ...Array.from({ length: 7 }, () => '充足，写满了这一栏的宽度的文字'),
      '充足，写到了这一栏的最右边缘。',
      '  （一）加强组织领导，确保',
      '责任落实。各部门要明确分工和责',
      '任，各司其职，写满这一栏的宽度',
      '再写一行。',
      '  工作要求',
      '各部门要明确分工和责任，写满这',
      '一行。',
    ].map((text, index) => ({
      no: index + 1,
      text,
      indent: text.length - text.trimStart().length,
      width: displayWidth(text),
    }));
    expect(summary(buildBlocks(lines, context, createJournal()))).toEqual([
      `p 第一段的第一行文字，内容十分${'充足，写满了这一栏的宽度的文字'.repeat(7)}充足，写到了这一栏的最右边缘。`,
      'p （一）加强组织领导，确保责任落实。各部门要明确分工和责任，各司其职，写满这一栏的宽度再写一行。',
      'p 工作要求',
      'p 各部门要明确分工和责任，写满这一行。',
    ]);
  });

  it('sets the attachment’s title under the announcement that names it apart, though the announcement fills its line', () => {
    const text = [
      ...Array.from({ length: 8 }, () => '这是一行写满了整个栏宽的正文文字。'),
      '  附件：甲事项重点工作任务分解表',
      ' 甲事项重点工作任务分解表',
    ];
    const lines = text.map((line, index) => ({
      no: index + 1,
      text: line,
      indent: line.length - line.trimStart().length,
      width: displayWidth(line),
    }));
    lines[0] = { ...lines[0]!, text: `  ${lines[0]!.text}`, indent: 2, width: lines[0]!.width + 2 };
    const built = summary(buildBlocks(lines, context, createJournal()));
    expect(built.slice(-2)).toEqual(['p 附件：甲事项重点工作任务分解表', 'h2 甲事项重点工作任务分解表']);
  });

  it('continues a title printed larger than the text on its next title-like line and its bracketed period, but not onto a bracketed note', () => {
    const titled = (bracketed: string) => [
      ...column,
      '槐荫区推进学前教育普及普惠发',
      '展总体规划',
      bracketed,
      '为进一步提高全区学前教育普及普惠水',
      '平，制定本规划。',
    ];
    expect(summary(buildBlocks(printed(titled('（2021—2024年）')), context, createJournal())).slice(3)).toEqual([
      'h2 槐荫区推进学前教育普及普惠发展总体规划（2021—2024年）',
      'p 为进一步提高全区学前教育普及普惠水平，制定本规划。',
    ]);
    expect(summary(buildBlocks(printed(titled('（共计14项）')), context, createJournal())).slice(3)).toEqual([
      'h2 槐荫区推进学前教育普及普惠发展总体规划',
      'p （共计14项）',
      'p 为进一步提高全区学前教育普及普惠水平，制定本规划。',
    ]);
  });

  it('goes on past a line cut inside a word though the next line opens like a numbered item, but ends a full heading', () => {
    const cut = [
      ...column,
      '为健全保障体系，坚持应保尽保的原则，',
      '各级健全覆盖全民、统筹城乡、公平统',
      '一、可持续的多层次社会保障体系。',
    ];
    expect(summary(buildBlocks(printed(cut), context, createJournal())).slice(3)).toEqual([
      'p 为健全保障体系，坚持应保尽保的原则，各级健全覆盖全民、统筹城乡、公平统一、可持续的多层次社会保障体系。',
    ]);
    const heading = [...column, '二、推进简政放权，释放发展活力激发', '（一）规范精简审批。'];
    expect(summary(buildBlocks(printed(heading), context, createJournal())).slice(3)).toEqual([
      'h2 二、推进简政放权，释放发展活力激发',
      'h3 （一）规范精简审批。',
    ]);
  });

  it('ends a numbered heading that fills its line, commas and all, before a paragraph’s first line', () => {
    const text = [
      ...column,
      '四、坚持四为方向，为全区发展提供保障',
      '2021年，财政工作将全面贯彻落实',
      '全市经济工作会议精神和区委工作部署。',
    ];
    expect(summary(buildBlocks(printed(text), context, createJournal())).slice(3)).toEqual([
      'h2 四、坚持四为方向，为全区发展提供保障',
      'p 2021年，财政工作将全面贯彻落实全市经济工作会议精神和区委工作部署。',
    ]);
  });

  it('does not continue a title onto a full line of the text below it', () => {
    const titled = [
      ...column,
      '槐荫区推进企业上市行动计划',
      '为贯彻落实济南市推进企业上市倍增行动',
      '计划精神，制定本行动计划。',
    ];
    expect(summary(buildBlocks(printed(titled), context, createJournal())).slice(3)).toEqual([
      'h2 槐荫区推进企业上市行动计划',
      'p 为贯彻落实济南市推进企业上市倍增行动计划精神，制定本行动计划。',
    ]);
  });

  it('starts a paragraph at a speech’s `各位代表！` even after a full line', () => {
    const speech = [
      ...column,
      '这是综合实力跨越提升的五年的总结结束。',
      '各位代表！只争朝夕不停步，不负韶华立',
      '潮头。',
    ];
    expect(summary(buildBlocks(printed(speech), context, createJournal())).slice(3)).toEqual([
      'p 这是综合实力跨越提升的五年的总结结束。',
      'p 各位代表！只争朝夕不停步，不负韶华立潮头。',
    ]);
  });

  it('ends a paragraph at a blank line where blank lines part paragraphs, even after a full line', () => {
    // No blank line inside a paragraph, one between paragraphs: the blank lines mean something.
    const paragraphs = [column.slice(0, 3), column.slice(5, 9), column.slice(5, 9), column.slice(9)];
    const lines = paragraphs.flatMap((texts, index) => [
      ...(index > 0 ? [{ text: '' }] : []),
      ...texts.map((text) => ({ text, indent: 0, width: displayWidth(text) })),
    ]);
    const numbered = lines.map((line, index) => ({ ...line, no: index + 1 }));
    const fifthYear =
      'p “十三五”时期，是槐荫发展进程中极不平凡的五年。全区生产总值年均增长百分之十，连跨三个百亿级台阶，由二〇一五年的三百八十七亿元增长到六百余亿元。';
    expect(summary(buildBlocks(numbered, context, createJournal())).slice(1)).toEqual([
      fifthYear,
      fifthYear,
      'p 这是综合实力跨越提升的五年。地区生产总值年均增长较快。',
    ]);
  });

  it('continues a centred title on the next centred line, commas and all', () => {
    const centred = (no: number, text: string) => ({
      no,
      text,
      indent: (36 - displayWidth(text)) / 2,
      width: (36 + displayWidth(text)) / 2,
    });
    const lines = [...printed(column), centred(31, '健康、文明城市'), centred(32, '建设的实施意见')];
    expect(summary(buildBlocks(lines, context, createJournal())).slice(3)).toEqual(['h2 健康、文明城市建设的实施意见']);
  });

  it('ends a paragraph before a short line without commas after a finished sentence, even after a full line', () => {
    const withTitle = [
      ...column,
      '各部门要按照职责分工抓好贯彻落实。',
      '保障措施',
      '各部门要高度重视，切实加强组织领导',
      '，确保取得实效。',
    ];
    expect(summary(buildBlocks(printed(withTitle), context, createJournal())).slice(3)).toEqual([
      'p 各部门要按照职责分工抓好贯彻落实。',
      'p 保障措施',
      'p 各部门要高度重视，切实加强组织领导，确保取得实效。',
    ]);
  });

  it('continues a title that leaves a bracket open on the line that closes it', () => {
    const enclosed = [
      ...column,
      '济南市槐荫区人民政府',
      '2021年12月30日',
      '学前、义务教育规划（2021—',
      '2024年）',
      '为进一步提高全区学前教育普及普惠水平',
      '，制定本规划。',
    ];
    expect(summary(buildBlocks(printed(enclosed), context, createJournal())).slice(-3)).toEqual([
      'signature',
      'h2 学前、义务教育规划（2021—2024年）',
      'p 为进一步提高全区学前教育普及普惠水平，制定本规划。',
    ]);
  });

  it('does not take a line that leaves a bracket open for a title’s continuation or a title of its own', () => {
    const attachment = [
      ...column,
      '附件2',
      '槐荫区学前教育年度工作计划',
      '根据《总体规划（2021—2024',
      '年）》，结合我区实际，制定以下年度工作',
      '计划。',
    ];
    expect(summary(buildBlocks(printed(attachment), context, createJournal())).slice(-2)).toEqual([
      'h2 附件2 槐荫区学前教育年度工作计划',
      'p 根据《总体规划（2021—2024年）》，结合我区实际，制定以下年度工作计划。',
    ]);
  });

  it('continues a title over three lines when a bracket it opens closes on the last', () => {
    const titled = [
      ...column,
      '槐荫区推进学前教育普',
      '及发展规划（2021—2024',
      '年）',
      '为进一步提高全区学前教育普及普惠水平',
      '，制定本规划。',
    ];
    expect(summary(buildBlocks(printed(titled), context, createJournal())).slice(-2)).toEqual([
      'h2 槐荫区推进学前教育普及发展规划（2021—2024年）',
      'p 为进一步提高全区学前教育普及普惠水平，制定本规划。',
    ]);
  });

  it('lets nothing continue a signature’s organ or date line', () => {
    // Set flush right, as an extraction that keeps positions prints them: both reach the column's edge.
    const rightAligned = (no: number, text: string) => ({
      no,
      text,
      indent: 36 - displayWidth(text),
      width: 36,
    });
    const signed = [
      ...printed(column),
      rightAligned(31, '济南市槐荫区人民政府'),
      rightAligned(32, '2021年12月30日'),
      ...printed(['第六批区级非物质文化遗产名录']).map((line) => ({ ...line, no: line.no + 32 })),
    ];
    const list = buildBlocks(signed, context, createJournal());
    expect(summary(list).slice(3)).toEqual(['signature', 'h2 第六批区级非物质文化遗产名录']);
  });

  it('starts the next appointment of a personnel notice after a full line that ends one, though the next wraps too', () => {
    const appointments = [
      ...column,
      '区政府决定，任命：',
      '吴春国为济南市槐荫区人民政府研究室主',
      '任；',
      '张翮为济南槐荫城市建设投资集团董事；',
      '田磊为济南槐荫城市建设投资集团董事。',
      '免去：',
      '郭兆生的工业园区管委会局长职务；',
      '董忠的济南槐荫工业园区投资促进中心主',
      '任职务（保留原职级待遇）；',
      '陈建防的济南市槐荫区人民政府办公室副',
      '主任职务。',
    ];
    const list = buildBlocks(printed(appointments), { ...context, personnel: true }, createJournal());
    expect(list.slice(3).map((block) => (block.kind === 'list' ? block.items : summary([block])[0]))).toEqual([
      'p 区政府决定，任命：',
      [
        '吴春国为济南市槐荫区人民政府研究室主任；',
        '张翮为济南槐荫城市建设投资集团董事；',
        '田磊为济南槐荫城市建设投资集团董事。',
      ],
      'p 免去：',
      [
        '郭兆生的工业园区管委会局长职务；',
        '董忠的济南槐荫工业园区投资促进中心主任职务（保留原职级待遇）；',
        '陈建防的济南市槐荫区人民政府办公室副主任职务。',
      ],
    ]);
  });

  it('journals which rule decided each line', () => {
    const journal = createJournal();
    buildBlocks(printed(column), context, journal);
    expect(journal.decisions.filter((decision) => decision.line === 9).map((decision) => decision.rule)).toEqual([
      'wrap/full-line-continues',
    ]);
    expect(journal.decisions.find((decision) => decision.rule === 'layout/measured')?.outcome).toMatch(
      /^column 36 cells/,
    );
  });
});

describe('structure stage: tables', () => {
  const table = (text: string) => buildTable(splitLines(text), '标题', createJournal());

  it('merges page chunks and drops a repeated header row', () => {
    const model = table('序号\t名称\n1\t甲\n\n序号\t名称\n2\t乙');
    expect(model.groups.flatMap((group) => group.rows).map((row) => row.map((cell) => cell.text))).toEqual([
      ['1', '甲'],
      ['2', '乙'],
    ]);
  });

  it('turns a two-row header with merged cells into rowspan and colspan', () => {
    const model = table('序号\t指标\t2025年\t\n\t\t市\t区\n1\t甲\t1\t2');
    expect(model.head).toEqual([
      [
        { text: '序号', rowSpan: 2 },
        { text: '指标', rowSpan: 2 },
        { text: '2025年', colSpan: 2 },
      ],
      [{ text: '市' }, { text: '区' }],
    ]);
  });

  it('reads a row with a single filled cell as the label of a group of rows', () => {
    const model = table('序号\t项目\t单位\n一、传统技艺（共2项）\t\t\n1\t甲\t乙');
    expect(model.groups.map((group) => group.label)).toEqual(['一、传统技艺（共2项）']);
  });

  it('pads ragged rows and warns about them', () => {
    const journal = createJournal();
    const model = buildTable(splitLines('甲\t乙\t丙\n1\t2'), null, journal);
    expect(model.groups[0]!.rows[0]!.map((cell) => cell.text)).toEqual(['1', '2', '']);
    expect(journal.warnings[0]?.code).toBe('table-ragged-row');
  });

  it('makes the first column row headers when it names each row', () => {
    expect(table('指标\t单位\n地区生产总值\t亿元').rowHeaders).toBe(true);
    expect(table('序号\t名称\n1\t甲').rowHeaders).toBe(false);
  });
});
