import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

// A figure closing a sentence is no item: the full stop numbers an item only before its text.
describe('full-stop-number on a run-on line: figures that close sentences', () => {
  it.each([
    // figures at the ends of sentences
    ['全年新增就业1。增长率达到2。比上年提高3。'],
    // a full stop after a figure before a figure
    ['1。2。3。'],
    // a decimal after a full stop
    ['达到1。5亿元。'],
  ])('%s', (text) => {
    expect(runOnItemStarts(text)).toEqual([]);
  });
});
