import { describe, expect, it } from 'vitest';
import { repairParagraphs } from './repair';
import type { LayoutBlock } from './repair';
import { runOnItemStarts, splitRunOnItems } from './run-on-items';

const pieces = (text: string) => {
  const starts = [0, ...runOnItemStarts(text), text.length];
  return starts.slice(0, -1).map((s, k) => text.slice(s, starts[k + 1]));
};

// A page that lost its paragraph breaks: the measures, and the section headings between them, run on in one paragraph.
describe('run-on items: numbered items run together in one paragraph are cut where each begins', () => {
  it.each([
    [
      '措施如下。一、激活市场活力1.发放消费券。(责任单位:市房管中心)2.开展房展会。(责任单位: 市房管中心)3.开展评选活动。(责任单位:市住建局)',
      ['措施如下。', '一、激活市场活力', '1.发放消费券。(责任单位:市房管中心)', '2.开展房展会。(责任单位: 市房管中心)', '3.开展评选活动。(责任单位:市住建局)'],
    ],
    // a section heading between items, right after a duty bracket; the next item right after the heading
    [
      '1.甲项工作。（责任单位：市财政局）2.乙项工作。（责任单位：市商务局）二、支持住房需求3.丙项工作。（责任单位：市税务局）',
      ['1.甲项工作。（责任单位：市财政局）', '2.乙项工作。（责任单位：市商务局）', '二、支持住房需求', '3.丙项工作。（责任单位：市税务局）'],
    ],
    // items after full stops, full-width dots, the list continuing from 5.
    ['5．推进改革。6．建设平台。7．完善机制。', ['5．推进改革。', '6．建设平台。', '7．完善机制。']],
    // a decimal and a Chinese enumeration inside an item stay where they are
    [
      '1.优化规划。容积率按 0.8 计算。2.支持绿色建筑。执行一、二、三星级标准的项目给予奖励。3.推进装配式建筑。',
      ['1.优化规划。容积率按 0.8 计算。', '2.支持绿色建筑。执行一、二、三星级标准的项目给予奖励。', '3.推进装配式建筑。'],
    ],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});

// The genre's other numbering schemes, nested, as a whole policy run on in one line.
describe('run-on items: every numbering scheme of the genre, nested', () => {
  it.each([
    // 一、 over （一）, the （一） starting again under each new section; the first section after a colon
    [
      '现提出以下意见：一、总体要求（一）指导思想。以新思想为指导。（二）基本原则。坚持问题导向。二、重点任务（一）加强统筹。做好衔接。（牵头单位：市发改委）（二）强化保障。落实资金。（牵头单位：市财政局）',
      ['现提出以下意见：', '一、总体要求', '（一）指导思想。以新思想为指导。', '（二）基本原则。坚持问题导向。', '二、重点任务', '（一）加强统筹。做好衔接。（牵头单位：市发改委）', '（二）强化保障。落实资金。（牵头单位：市财政局）'],
    ],
    // chapters over articles numbered on across them
    [
      '第一章 总则第一条 为了优化环境，制定本规定。第二条 县政府统筹推进。第三条 各部门按职责负责。第二章 附则第四条 本规定自印发之日起施行。',
      ['第一章 总则', '第一条 为了优化环境，制定本规定。', '第二条 县政府统筹推进。', '第三条 各部门按职责负责。', '第二章 附则', '第四条 本规定自印发之日起施行。'],
    ],
    // items numbered 1、
    ['1、加强领导。2、明确责任。3、强化督查。', ['1、加强领导。', '2、明确责任。', '3、强化督查。']],
    // points （1） inside a measure
    ['3.加强保障。（1）完善机制。（2）落实经费。（3）加强督查。（牵头单位：市财政局）', ['3.加强保障。', '（1）完善机制。', '（2）落实经费。', '（3）加强督查。（牵头单位：市财政局）']],
    // a pair that opens right under a heading of an outer scheme is a list
    [
      '通知如下：一、工作分工（一）关于甲的问题，由A负责。（二）关于乙的问题，由B负责。',
      ['通知如下：', '一、工作分工', '（一）关于甲的问题，由A负责。', '（二）关于乙的问题，由B负责。'],
    ],
    // a heading closing on a full stop of its own, over the first item of an inner list (heading-stop)
    [
      '一、落实主要目标（一）总体要求和主要预期目标。1.在党中央领导下，做好各项工作。（国务院各部门负责）',
      ['一、落实主要目标', '（一）总体要求和主要预期目标。', '1.在党中央领导下，做好各项工作。（国务院各部门负责）'],
    ],
    // the same, its lines once joined with a space
    [
      '一、落实主要目标 （一）总体要求和主要预期目标。 1.在党中央领导下，做好各项工作。（国务院各部门负责）',
      ['一、落实主要目标 ', '（一）总体要求和主要预期目标。 ', '1.在党中央领导下，做好各项工作。（国务院各部门负责）'],
    ],
    // a heading holding a comma; a list continuing after 「实施如下重点项目：」
    [
      '二、丰富赛事活动，完善赛事体系（一）发展职业赛事。（二）引进国际赛事，实施如下项目：3.办好马拉松。4.办好自行车赛。5.办好帆船赛。',
      ['二、丰富赛事活动，完善赛事体系', '（一）发展职业赛事。', '（二）引进国际赛事，实施如下项目：', '3.办好马拉松。', '4.办好自行车赛。', '5.办好帆船赛。'],
    ],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('gives each piece its place in the document', () => {
    const text = '前言。1.甲。2.乙。3.丙。';
    const parts = splitRunOnItems([{ text, start: 100, end: 100 + text.length }]);
    expect(parts.map((p) => [p.text, p.start, p.end])).toEqual([
      ['前言。', 100, 103],
      ['1.甲。', 103, 107],
      ['2.乙。', 107, 111],
      ['3.丙。', 111, 115],
    ]);
  });

  it('makes one paragraph an item in the repaired document', () => {
    const line = '一、激活市场活力1.发放消费券。(责任单位:市房管中心)2.开展房展会。(责任单位:市房管中心)3.开展评选活动。(责任单位:市住建局)';
    const blocks: LayoutBlock[] = [{ text: line, start: 0, end: line.length }];
    expect(repairParagraphs(blocks).map((p) => p.text)).toEqual([
      '一、激活市场活力',
      '1.发放消费券。(责任单位:市房管中心)',
      '2.开展房展会。(责任单位:市房管中心)',
      '3.开展评选活动。(责任单位:市住建局)',
    ]);
  });
});

describe('run-on items: a very long line', () => {
  it('cuts a policy of a million characters on one line in well under two seconds', () => {
    const body = '推进各项工作，落实工作责任。'.repeat(71) + '（责任单位：市财政局、市税务局）';
    const sections: string[] = [];
    for (let s = 1; s <= 99; s++) {
      const items = Array.from({ length: 10 }, (_, k) => `（${toChinese(k + 1)}）加强第${k + 1}项工作。${body}`);
      sections.push(`${toChinese(s)}、第${s}部分${items.join('')}`);
    }
    const line = `现提出以下意见：${sections.join('')}`;
    expect(line.length).toBeGreaterThan(1_000_000);
    const t0 = performance.now();
    const paragraphs = repairParagraphs([{ text: line, start: 0, end: line.length }]);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(paragraphs).toHaveLength(1 + 99 * 11);
  });
});

function toChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digits[tens]}十${n % 10 === 0 ? '' : digits[n % 10]}`;
}
