import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata';
import { policyLines } from './policy-lines';

// The page-date rule: what it leaves alone.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));

describe('readMetadata: the date a published page gives, negative cases', () => {
  it.each([
    // a time inside a sentence is no page date
    ['一、提升效率。完成时间：2022-06-30前完成试点。'],
    // a deadline's label with a date is a measure's, not the page's
    ['完成时限：2022-06-30'],
    // no date that can be
    ['发布日期：2023-13-40'],
  ])('%s', (line) => {
    expect(readMetadata(lines('关于印发若干措施的通知', line)).issuedOn).toBeNull();
  });

  it('reads only the first lines of the document', () => {
    const body = Array.from({ length: 20 }, (_, k) => `${k + 1}.做好第${k + 1}项工作。`);
    expect(readMetadata(lines('关于印发若干措施的通知', ...body, '发布日期：2023-09-26')).issuedOn).toBeNull();
  });
});
