import { describe, expect, it } from 'vitest';
import {
  ambiguousCells,
  chineseNumeralValue,
  displayWidth,
  matchSpeechSubtitleWithoutTail,
  endsSentence,
  isPageNumber,
  matchSpeaker,
  matchSpeechSubtitle,
  matchAttachmentLabel,
  matchDateLine,
  matchDocNumberLine,
  matchIssuedLine,
  matchMarker,
  matchRunningHeader,
  matchSectionLabel,
  matchStatisticsTitle,
  matchTocPage,
  withoutTocPage,
} from '../../src/vocabulary/index.ts';

describe('the gazette vocabulary', () => {
  it('counts curly quotes as wide, and as cells whose printed width depends on the font', () => {
    expect(displayWidth('“西兴”')).toBe(8);
    expect(ambiguousCells('“西兴”“中优”')).toBe(4);
    expect(ambiguousCells('西兴，中优')).toBe(0);
  });

  it('reads a speech subtitle whose tail the extraction set apart, and only such a subtitle', () => {
    expect(matchSpeechSubtitleWithoutTail(['——2021年4月13日在区人民代表大会第五次会议'])?.date.iso).toBe('2021-04-13');
    expect(matchSpeechSubtitleWithoutTail(['——2021年4月13日在区人民代表大会第五次会议上'])).toBeNull();
    expect(matchSpeechSubtitleWithoutTail(['——2021年4月13日在全区推进'])).toBeNull();
  });

  it('recognises the closing 印发 line in full- and half-width brackets, with spaces', () => {
    expect(matchIssuedLine('（2021年11月23日印发）')?.iso).toBe('2021-11-23');
    expect(matchIssuedLine('(2021 年 11 月 2 日印发)')?.iso).toBe('2021-11-02');
    expect(matchIssuedLine('（三）本预案自印发之日起实施')).toBeNull();
  });

  it('reports a date that does not exist in the calendar as iso null', () => {
    expect(matchDateLine('2021年2月30日')).toEqual({ iso: null, printed: '2021年2月30日' });
    expect(matchDateLine('２０２１年２月３日')?.iso).toBe('2021-02-03');
    expect(matchDateLine('二〇二一年十一月二十三日')?.iso).toBe('2021-11-23');
    expect(matchIssuedLine('（二〇二一年十二月三十日印发）')?.iso).toBe('2021-12-30');
  });

  it('normalises a 文号 line whatever its brackets and spaces', () => {
    for (const variant of [
      '济槐政字〔2021〕15号',
      '济槐政字(2021)15号',
      '济槐政字[2021]15号',
      '济槐 政字 〔 2021 〕 15 号',
      '济槐政字（2021）15号',
      '济槐政字〔2021〕第15号',
      '济槐政字〔2021〕015号',
      '济槐政字〔２０２１〕１５号',
    ]) {
      expect(matchDocNumberLine(variant)).toBe('济槐政字〔2021〕15号');
    }
    expect(matchDocNumberLine('根据济槐政字〔2021〕15号文件')).toBeNull();
  });

  it('recognises numbering markers by the kind of numeral, not by bracket width or spacing', () => {
    expect(matchMarker('一、总体要求')?.type).toBe('chinese');
    expect(matchMarker('十二、其他')?.type).toBe('chinese');
    expect(matchMarker('（一）指导思想')?.type).toBe('chinese-paren');
    expect(matchMarker('(三) 妇女与经济')?.type).toBe('chinese-paren');
    expect(matchMarker('1. 主要目标')?.type).toBe('arabic-dot');
    expect(matchMarker('10.推行')?.type).toBe('arabic-dot');
    expect(matchMarker('（1）提高')?.type).toBe('arabic-paren');
    expect(matchMarker('(2) 将贯彻')?.type).toBe('arabic-paren');
    expect(matchMarker('① 责令')?.type).toBe('circled');
    expect(matchMarker('第三条 耕地保护')?.type).toBe('article');
  });

  it('does not take brackets around other text, or decimals, for markers', () => {
    expect(matchMarker('（共计14项）')).toBeNull();
    expect(matchMarker('（区卫生健康局牵头）')).toBeNull();
    expect(matchMarker('1.5倍')).toBeNull();
  });

  it('reads Chinese numerals up to ninety-nine', () => {
    expect([
      chineseNumeralValue('一'),
      chineseNumeralValue('十'),
      chineseNumeralValue('十八'),
      chineseNumeralValue('三十八'),
    ]).toEqual([1, 10, 18, 38]);
    expect(chineseNumeralValue('百')).toBeNull();
  });

  it('recognises 目录 section labels with or without 【】 brackets', () => {
    expect(['【区政府文件】', '区政府办公室文件', '人事任免', '统计数据'].map(matchSectionLabel)).toEqual([
      '区政府文件',
      '区政府办公室文件',
      '人事任免',
      '统计数据',
    ]);
    expect(matchSectionLabel('关于印发工作要点的通知（1）')).toBeNull();
    expect(matchSectionLabel('济南市槐荫区人民政府文件')).toBeNull();
  });

  it('recognises attachment labels with or without number, space and colon', () => {
    expect(['附件', '附件 1', '附件2', '附件：', '附 件 3：'].map(matchAttachmentLabel)).toEqual([
      '附件',
      '附件1',
      '附件2',
      '附件',
      '附件3',
    ]);
    expect(matchAttachmentLabel('附件：区级清单')).toBeNull();
  });

  it('reads a 目录 entry’s printed page in its common forms', () => {
    expect(matchTocPage('…的批复（济槐政字〔2020〕8号）（3）')).toBe(3);
    expect(matchTocPage('…通知(济槐政字〔2020〕17号)\t(11)')).toBe(11);
    expect(matchTocPage('2022年1-6月全区主要经济指标完成情况 .....（49）')).toBe(49);
    expect(matchTocPage('济南市槐荫区人民政府关于甲的通知…………12')).toBe(12);
    expect(matchTocPage('济南市槐荫区人民政府关于甲的通知\t7')).toBe(7);
    expect(matchTocPage('关于印发2023年工作要点的通知')).toBeNull();
  });

  it('reads a 目录 page printed after spaces, as pdftotext -layout and pdf.js give it', () => {
    expect(matchTocPage('理结果的决定（济槐政发〔2021〕2号）            1')).toBe(1);
    expect(matchTocPage('理结果的决定（济槐政发〔2021〕2号） 1')).toBe(1);
    expect(matchTocPage('2021年1-12月全区主要经济指标完成情况 59')).toBe(59);
    expect(matchTocPage('政府工作报告                                  1')).toBe(1);
    expect(withoutTocPage('意见（济槐政字〔2021〕15号）               4')).toBe('意见（济槐政字〔2021〕15号）');
  });

  it('takes no page from a wrapped 文号, a letter-spaced line or a bare number', () => {
    expect(matchTocPage('整济微路社区居民委员会辖区范围的批复（济槐政字〔2020〕10')).toBeNull();
    expect(matchTocPage('的通知（济槐政字〔2021〕 20')).toBeNull();
    expect(matchTocPage('政 府 工 作 报 告 1')).toBeNull();
    expect(matchTocPage('12')).toBeNull();
    expect(matchTocPage('1234')).toBeNull();
  });

  it('reads a hostile 目录 line in linear time', () => {
    const hostile = [' '.repeat(100_000) + 'x', '.'.repeat(100_000) + 'x', '（' + ' '.repeat(100_000) + '1x）'];
    const started = performance.now();
    for (const line of hostile) {
      expect(matchTocPage(line)).toBeNull();
      withoutTocPage(line);
    }
    // Quadratic scanning of these lines takes seconds; linear takes a few milliseconds.
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('recognises page numbers and running headers left by the extraction', () => {
    expect(['12', '- 3 -', '—12—', '第 4 页'].every(isPageNumber)).toBe(true);
    expect(isPageNumber('2021')).toBe(false);
    expect(matchRunningHeader('济南市槐荫区人民政府公报（2021 年第 1 期）  区政府文件')).toEqual({
      year: 2021,
      number: 1,
      section: '区政府文件',
    });
    expect(matchRunningHeader('区委办公室区政府办公室文件 济南市槐荫区人民政府公报（2021 年第 1 期）')).toEqual({
      year: 2021,
      number: 1,
      section: '区委办公室区政府办公室文件',
    });
    expect(matchRunningHeader('济南市槐荫区人民政府公报（2021年第1期）刊登的文件，请各单位认真学习。')).toBeNull();
    expect(matchRunningHeader('槐荫区人民政府公报  2021年第1期')).toEqual({ year: 2021, number: 1, section: null });
    expect(isPageNumber('· 7 ·')).toBe(true);
  });

  it('reads the statistics period from the statistics title', () => {
    expect(matchStatisticsTitle('2021年1-12月全区主要经济指标完成情况')).toEqual({ year: 2021, endMonth: 12 });
    expect(matchStatisticsTitle('2020 年 1—9 月全区主要经济指标完成情况')).toEqual({ year: 2020, endMonth: 9 });
  });

  it('recognises a speech’s dated subtitle, also wrapped over two lines', () => {
    expect(matchSpeechSubtitle(['——2021年4月13日在槐荫区第十八届人民代表大会第五次会议上'])).toEqual({
      lineCount: 1,
      date: { iso: '2021-04-13', printed: '2021年4月13日' },
    });
    expect(
      matchSpeechSubtitle(['——2021 年 4月 13 日在济南市槐荫区第十八届', '人民代表大会第五次会议上'])?.lineCount,
    ).toBe(2);
    expect(matchSpeechSubtitle(['——坚持生态优先、绿色发展。'])).toBeNull();
  });

  it('reads a speaker line as office and name, with or without the space between them', () => {
    expect(matchSpeaker('槐荫区代理区长 孙常建')).toEqual({ office: '槐荫区代理区长', name: '孙常建' });
    expect(matchSpeaker('槐荫区发展和改革局局长王东')).toEqual({ office: '槐荫区发展和改革局局长', name: '王东' });
    expect(matchSpeaker('各街道办事处，区政府各部门：')).toBeNull();
    expect(matchSpeaker('槐荫区人民政府办公室')).toBeNull();
  });

  it('knows which lines end a sentence', () => {
    expect(['完成。', '如下：', '职务；', '（试用期一年）。', '“健康槐荫”。'].every(endsSentence)).toBe(true);
    expect(['及时回应', '组成人员如下', '（一）指导思想'].some(endsSentence)).toBe(false);
    expect(endsSentence('（区园林绿化服务中心负责）')).toBe(true);
  });
});
