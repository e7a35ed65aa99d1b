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
    // numbers cited in prose: batches, clauses, items
    ['各地要做好第一、二批试点工作。按照（一）款规定执行。依照本条（一）（二）项规定处理。'],
    // an enumeration after a colon, with semicolons, in bracketed numbers
    ['重点做好以下工作：（一）机构设置；（二）人员配备；（三）经费保障。'],
    // a pair of bracketed items under no heading
    ['（一）关于甲的问题，由A负责。（二）关于乙的问题，由B负责。'],
    // 一是…二是… is prose
    ['一是加强领导。二是明确责任。三是强化督查。'],
    // amounts after full stops are decimals, not items
    ['截至2023年12月31日。1.5亿元。2.5亿元。3.5亿元。'],
    // a list of articles cited in prose
    ['依据第一条、第二条和第三条的规定，制定细则。'],
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
