import { describe, expect, it } from 'vitest';
import { readConventions } from './lead-convention';

// The not-repeated-except rule: what it leaves alone.

describe('readConventions: not-repeated-except, negative cases', () => {
  it.each([
    // an exception with no actor named for the later tasks and no 不再…
    '（责任单位：省大数据局。除专门列出外，由各市〔州〕负责）',
    // an exception in a measure's own sentence
    '除专门列出外，各项补贴资金由省财政厅拨付。（责任单位：省财政厅）',
    // the actor is named, but nothing says it is not repeated
    '（责任单位：省大数据局，各市〔州〕、贵安新区数据管理部门）',
  ])('%s', (text) => {
    expect(readConventions(text)).toEqual({ text, conventions: [] });
  });
});
