import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

const pieces = (text: string) => {
  const starts = [0, ...runOnItemStarts(text), text.length];
  return starts.slice(0, -1).map((s, k) => text.slice(s, starts[k + 1]));
};

// closed-field: a field that stands outside brackets, or whose own brackets close inside it (a second name), still
// runs up to the next number, which opens the next item (duty-field-end).
describe('closed-field: fields that no bracket closes', () => {
  it.each([
    [
      '1.制定政策。责任单位：区财政局（区国资委）2.落实减负。责任单位：区发改局3.推进改革。责任单位：区司法局',
      ['1.制定政策。责任单位：区财政局（区国资委）', '2.落实减负。责任单位：区发改局', '3.推进改革。责任单位：区司法局'],
    ],
    [
      '（一）推进完善机制。责任单位：市发改委时限要求：持续推进（二）严格落实制度。责任单位：市财政局（三）推行电子招标。责任单位：市公管局',
      ['（一）推进完善机制。责任单位：市发改委时限要求：持续推进', '（二）严格落实制度。责任单位：市财政局', '（三）推行电子招标。责任单位：市公管局'],
    ],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
