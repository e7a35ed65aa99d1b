import { describe, expect, it } from 'vitest';
import { readLabelInSequence } from './numbered-title';

describe('readLabelInSequence: negative cases', () => {
  it.each([
    // out of sequence: a figure opening a sentence
    ['3.5G网络覆盖率达到90%。', 7],
    ['11.121人才梯队项目', 3],
    // no previous measure numbered in arabic
    ['7.5G基站建设。', null],
    // a decimal figure right after the point
    ['8.5%以上的企业完成改造。', 7],
    ['2.5万元补助。', 1],
  ])('%s', (text, previous) => {
    expect(readLabelInSequence(text, previous as number | null)).toBeNull();
  });
});
