import { describe, expect, it } from 'vitest';
import { fieldLineStarts } from './field-lines';
import { repairParagraphs } from './repair';

const lines = (piece: string) => {
  const cuts = [0, ...fieldLineStarts(piece), piece.length];
  return cuts.slice(0, -1).map((c, k) => piece.slice(c, cuts[k + 1]));
};

// field-lines: a measure's labelled fields run on into its text and into each other open their lines again.
describe('field-lines: labelled fields of a measure run on into it', () => {
  it.each([
    ['(一)地区生产总值增长7%以上责任单位:区发展和改革局', ['(一)地区生产总值增长7%以上', '责任单位:区发展和改革局']],
    [
      '(一)推进完善机制。责任单位:市发改委、市财政局(第一责任单位)时限要求:持续推进',
      ['(一)推进完善机制。', '责任单位:市发改委、市财政局(第一责任单位)', '时限要求:持续推进'],
    ],
    ['1.推进改革。牵头单位：市发改委配合单位：市财政局牵头负责领导：张三', ['1.推进改革。', '牵头单位：市发改委', '配合单位：市财政局', '牵头负责领导：张三']],
    // a section's 工作要求 and 任务分工 paragraphs under its heading
    [
      '一、千亿斤粮食产能工程工作要求:坚持突出重点、分期实施。任务分工:副省长负责,省农委总牵头。',
      ['一、千亿斤粮食产能工程', '工作要求:坚持突出重点、分期实施。', '任务分工:副省长负责,省农委总牵头。'],
    ],
  ])('%s', (piece, expected) => {
    expect(lines(piece)).toEqual(expected);
  });

  it('gives a one-line task list its field lines back in the repaired document', () => {
    const line =
      '一、主要预期目标（一）生产总值增长7%以上责任单位：区发展和改革局（二）工业增加值增长12%以上责任单位：区科技和经信局（三）投资增长10%以上责任单位：区发展和改革局';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '一、主要预期目标',
      '（一）生产总值增长7%以上',
      '责任单位：区发展和改革局',
      '（二）工业增加值增长12%以上',
      '责任单位：区科技和经信局',
      '（三）投资增长10%以上',
      '责任单位：区发展和改革局',
    ]);
  });
});
