import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

const pieces = (text: string) => {
  const starts = [0, ...runOnItemStarts(text), text.length];
  return starts.slice(0, -1).map((s, k) => text.slice(s, starts[k + 1]));
};

// run-gap: a number standing in its place in a run (after 一、 and before 三、) is one of the run's items even where
// nothing before it marks an item's start: a figure's caption or a table's last cell runs into it.
describe('run-gap: a number in its place in a run opens an item', () => {
  it.each([
    [
      '一、工作目标到2025年建成示范区。图1 推进计划示意图二、重点任务（一）完善体系。（二）加强管控。三、组织保障（一）加强领导。',
      ['一、工作目标到2025年建成示范区。图1 推进计划示意图', '二、重点任务', '（一）完善体系。', '（二）加强管控。', '三、组织保障', '（一）加强领导。'],
    ],
    ['1.推进改革。2.建设平台。面积 90.49 3.完善机制。4.加强督查。', ['1.推进改革。', '2.建设平台。面积 90.49 ', '3.完善机制。', '4.加强督查。']],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
