import { describe, expect, it } from 'vitest';
import { repairParagraphs } from './repair';
import { runOnItemStarts } from './run-on-items';

// full-stop-number, read on a run-on line: a copy that writes a full stop for the dot (「1。在以…」) numbers its items
// as policy-numbering.ts reads them on a line of their own.
describe('full-stop-number on a run-on line', () => {
  it('finds items numbered with a full stop', () => {
    const text = '1。稳定经济运行。(市发展改革委负责)2。扩大有效投资。(市财政局负责)3。促进消费。(市商务局负责)';
    expect(runOnItemStarts(text).map((s) => text.slice(s, s + 2))).toEqual(['2。', '3。']);
  });

  it('gives the items their lines back', () => {
    const line = '提出如下任务分工:1。稳定经济运行。(市发展改革委负责)2。扩大有效投资。(市财政局负责)3。促进消费。(市商务局负责)';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '提出如下任务分工:',
      '1。稳定经济运行。(市发展改革委负责)',
      '2。扩大有效投资。(市财政局负责)',
      '3。促进消费。(市商务局负责)',
    ]);
  });
});
