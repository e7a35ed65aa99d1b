import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

const pieces = (text: string) => {
  const starts = [0, ...runOnItemStarts(text), text.length];
  return starts.slice(0, -1).map((s, k) => text.slice(s, starts[k + 1]));
};

// duty-field-end: a measure's fields (责任单位：…, 时限要求：…), written a line each before the page lost its breaks,
// run straight into the next measure's number; the list a field gives ends where that number begins.
describe('duty-field-end: the next number after a labelled field opens a new item', () => {
  it.each([
    [
      '（一）推进完善机制。责任单位：市发改委、市财政局时限要求：持续推进（二）严格落实制度。责任单位：市财政局（三）推行电子招标。责任单位：市公管局',
      ['（一）推进完善机制。责任单位：市发改委、市财政局时限要求：持续推进', '（二）严格落实制度。责任单位：市财政局', '（三）推行电子招标。责任单位：市公管局'],
    ],
    // a list of bodies with commas, a bracketed role in the label
    [
      '1.制定政策。责任单位（牵头）：财政局，发改局2.落实减负。牵头部门：发改局3.推进改革。责任领导：张三',
      ['1.制定政策。责任单位（牵头）：财政局，发改局', '2.落实减负。牵头部门：发改局', '3.推进改革。责任领导：张三'],
    ],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
