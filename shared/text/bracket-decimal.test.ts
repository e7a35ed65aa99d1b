import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

const pieces = (text: string) => {
  const starts = [0, ...runOnItemStarts(text), text.length];
  return starts.slice(0, -1).map((s, k) => text.slice(s, starts[k + 1]));
};

// bracket-decimal: a number that reads as a decimal too opens an item after a closing bracket that names who answers.
describe('bracket-decimal: after a duty bracket, 2.5 may be item 2', () => {
  it.each([
    [
      '1.推进项目建设。（牵头单位：区发改委）2.5G基站建设全覆盖。（牵头单位：区工信局）3.完善管网。（牵头单位：区水务局）',
      ['1.推进项目建设。（牵头单位：区发改委）', '2.5G基站建设全覆盖。（牵头单位：区工信局）', '3.完善管网。（牵头单位：区水务局）'],
    ],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
