import { describe, expect, it } from 'vitest';
import { repairParagraphs } from './repair';
import { runOnItemStarts } from './run-on-items';

// spaced-mark: a word-processor copy sets a space between an item's figure and its mark (「1 . 严格管控…」,
// 「一 、 承担的…」); the numbers still run on, and a one-line copy gets its items back.
describe('spaced-mark: numbers with a space before their mark', () => {
  it('finds the items of a spaced copy run on after their field lines', () => {
    const text = '一 、 重点任务1 . 严格管控债务。责任单位:市 财政局2 . 强化县城承载能力。牵头单位:市 城镇化服务中心3 . 加强风貌管理。责任单位: 市 住建局';
    const starts = runOnItemStarts(text);
    expect(starts.map((s) => text.slice(s, s + 3))).toEqual(['1 .', '2 .', '3 .']);
  });

  it('gives a spaced one-line task list its lines back', () => {
    const line = '通知如下:一 、 承担的任务1 . 严格管控债务。责任单位:市财政局2 . 强化县城承载能力。牵头单位:市城镇化服务中心3 . 加强风貌管理。责任单位:市住建局';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '通知如下:',
      '一、承担的任务',
      '1 . 严格管控债务。',
      '责任单位:市财政局',
      '2 . 强化县城承载能力。',
      '牵头单位:市城镇化服务中心',
      '3 . 加强风貌管理。',
      '责任单位:市住建局',
    ]);
  });
});
