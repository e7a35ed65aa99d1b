import { describe, expect, it } from 'vitest';
import { repairParagraphs } from './repair';
import { runOnItemStarts } from './run-on-items';

// colon-heading: an unnumbered heading line between the introduction's colon and the first item (「…提出如下任务分工:
// 总体要求和主要预期目标1。在以…」) is a line of its own, and the item opens after it.
describe('colon-heading: a heading of no number over the first item', () => {
  it('opens the heading and the first item', () => {
    const text = '提出如下任务分工:总体要求和主要预期目标1。稳定经济运行。(市政府各部门分别负责)';
    expect(runOnItemStarts(text).map((s) => text.slice(s, s + 4))).toEqual(['总体要求', '1。稳定']);
  });

  it('gives a one-line copy its heading back over a list', () => {
    const line = '结合本市实际,提出如下任务分工:总体要求和主要预期目标1.稳定经济运行。(市发展改革委负责)2.扩大有效投资。(市财政局负责)3.促进消费。(市商务局负责)';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '结合本市实际,提出如下任务分工:',
      '总体要求和主要预期目标',
      '1.稳定经济运行。(市发展改革委负责)',
      '2.扩大有效投资。(市财政局负责)',
      '3.促进消费。(市商务局负责)',
    ]);
  });
});
