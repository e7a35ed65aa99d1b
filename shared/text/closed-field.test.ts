import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

const pieces = (text: string) => {
  const starts = [0, ...runOnItemStarts(text), text.length];
  return starts.slice(0, -1).map((s, k) => text.slice(s, starts[k + 1]));
};

// closed-field: a field opened inside a bracket ends where the bracket closes, so a figure written with a decimal point
// in the next item's text (「增长3.5%」) is no number of the list.
describe('closed-field: a duty bracket closes its field', () => {
  it.each([
    [
      // 金乡县 2025年政府重要工作事项责任分工, joined onto one line
      '1.地区生产总值增长6%。(牵头单位:县发展和改革局)2.一般公共预算收入增长3.5%左右。(牵头单位:县财政局)3.固定资产投资增长7%。(牵头单位:县发展和改革局)',
      ['1.地区生产总值增长6%。(牵头单位:县发展和改革局)', '2.一般公共预算收入增长3.5%左右。(牵头单位:县财政局)', '3.固定资产投资增长7%。(牵头单位:县发展和改革局)'],
    ],
    [
      '1.规上工业增加值增长8%。（牵头单位：市工信局；责任单位：市发改委）2.外贸进出口增长2.5%以上。（牵头单位：市商务局）3.城镇新增就业1.2万人。（牵头单位：市人社局）',
      ['1.规上工业增加值增长8%。（牵头单位：市工信局；责任单位：市发改委）', '2.外贸进出口增长2.5%以上。（牵头单位：市商务局）', '3.城镇新增就业1.2万人。（牵头单位：市人社局）'],
    ],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
