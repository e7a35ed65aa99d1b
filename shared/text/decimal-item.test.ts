import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

const pieces = (text: string) => {
  const starts = [0, ...runOnItemStarts(text), text.length];
  return starts.slice(0, -1).map((s, k) => text.slice(s, starts[k + 1]));
};

// decimal-item: an item whose title opens on a figure (「11.121人才梯队项目」) reads like a decimal; it is the list's
// next item where the list has begun and the number is the next one.
describe('decimal-item: a number that reads as a decimal goes on with a list begun', () => {
  it.each([
    [
      '9.甲项目。（牵头单位：市科协）10.乙项目。（牵头单位：市教育局）11.121人才梯队项目。（牵头单位：市人社局）12.丙项目。',
      ['9.甲项目。（牵头单位：市科协）', '10.乙项目。（牵头单位：市教育局）', '11.121人才梯队项目。（牵头单位：市人社局）', '12.丙项目。'],
    ],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
