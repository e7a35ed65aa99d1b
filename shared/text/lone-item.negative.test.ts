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
    // an enumeration of one after a colon inside a sentence, the bracket naming no duty
    ['包括:1.机构设置(含编制)'],
  ])('%s', (text) => {
    expect(runOnItemStarts(text)).toEqual([]);
  });
});
