import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

// A number out of its place, or a run with nothing after the gap, is no item.
describe('run-gap: numbers that do not fill a gap', () => {
  it.each([
    // the gap's number is followed by no item of the run: a pair and a citation
    ['1.推进改革。2.建设平台。详见附表3'],
    // an enumeration in a sentence after the first item
    ['一、执行一、二、三星级标准的项目给予奖励。'],
  ])('%s', (text) => {
    expect(runOnItemStarts(text)).toEqual([]);
  });
});
