import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

// A lone number that does not open a measure running to the end on its duty stays where it is.
describe('lone-item: lone numbers that open no measure', () => {
  it.each([
    // the text after it names no one who answers
    ['现提出以下意见:一、推进重大项目建设。加快资金拨付进度。'],
    // a number inside a sentence, though the paragraph closes on a duty bracket
    ['按照第一、二批试点的要求推进。(市财政局负责)'],
    // a number other than the first
    ['现提出以下意见:二、推进重大项目建设。(省发展改革委牵头)'],
    // a duty bracket that closes not the end of the text
    ['现提出以下意见:一、推进重大项目建设。(省发展改革委牵头)各地要抓好落实。'],
    // two numbers of the scheme open items: a pair is no list
    ['具体如下：1.推进改革。2.建设平台。(市发改委负责)'],
    // a heading's bracket naming no duty
    ['为此，制定如下举措。一、强化科技创新(试行)以改革为牵引，加快培育新质生产力。'],
    // a first inner item with no outer item kept before it
    ['加快培育新质生产力。(一)加强科创平台效能建设。加快建设研究院。'],
    // an enumeration of one after a colon inside a sentence, the bracket naming no duty
    ['包括:1.机构设置(含编制)'],
  ])('%s', (text) => {
    expect(runOnItemStarts(text)).toEqual([]);
  });
});
