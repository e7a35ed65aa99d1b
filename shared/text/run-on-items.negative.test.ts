import { describe, expect, it } from 'vitest';
import { runOnItemStarts, splitRunOnItems } from './run-on-items';

// Numbers inside a sentence, or too few of them, are no run-on list: the paragraph stays whole.
describe('run-on items: paragraphs that are no run-on list', () => {
  it.each([
    // one item, with a decimal and a figure in it
    ['1.发放消费券。建筑面积在90平方米以上按照10000元/套标准发放，容积率按0.8计算。'],
    // an enumeration after a colon and semicolons, inside one item
    ['3.加强保障。重点做好以下工作：1.机构设置；2.人员配备；3.经费保障。'],
    // two items only
    ['1.推进改革。2.建设平台。'],
    // a Chinese enumeration inside a sentence
    ['执行一、二、三星级绿色建筑标准的项目，分别给予1%、2%、3%奖励。'],
    // numbers out of order
    ['1.推进改革。3.建设平台。2.完善机制。'],
    // dotted numbers of a standard or a section
    ['按照GB 50016-2014第5.1.2条和第6.2.3条执行。依据3.1.4节。'],
  ])('%s', (text) => {
    expect(runOnItemStarts(text)).toEqual([]);
  });

  it('leaves table rows and headings alone', () => {
    const text = '1.甲。2.乙。3.丙。';
    expect(splitRunOnItems([{ text, start: 0, end: text.length, standalone: true }])).toHaveLength(1);
    expect(splitRunOnItems([{ text, start: 0, end: text.length, heading: true }])).toHaveLength(1);
  });
});
