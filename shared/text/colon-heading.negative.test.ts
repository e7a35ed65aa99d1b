import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

// Words after a colon that are no heading (a clause, a figure, too short) open no line.
describe('colon-heading: what after a colon is no heading', () => {
  it.each([
    // a clause with a comma before the number
    ['主要目标:到2025年,全市达到1。(市发展改革委负责)'],
    // too short to be a heading: a measure word before the figure
    ['包括:共1.机构设置。(市编办负责)'],
    // the figure part of a sentence after the colon
    ['目标:新增就业岗位1。5万个。(市人社局负责)'],
  ])('%s', (text) => {
    expect(runOnItemStarts(text)).toEqual([]);
  });
});
