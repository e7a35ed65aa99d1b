import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

// A date or a title word inside a sentence, before numbers that go on in prose, opens no list.
describe('front-matter-end: dates and titles in prose', () => {
  it.each([
    // a title word before the first number only: the next numbers follow commas
    ['按照实施方案1.甲，2.乙，3.丙执行。'],
    // a date before numbers that continue the sentence
    ['自2023年1月1日1、2、3号线路同步调整。'],
    // a document number before two items: a pair is no list
    ['国办发〔2018〕12号（一）甲项。（二）乙项。'],
  ])('%s', (text) => {
    expect(runOnItemStarts(text)).toEqual([]);
  });
});
