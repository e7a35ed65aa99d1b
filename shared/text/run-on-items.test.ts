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
