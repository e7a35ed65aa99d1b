// Negative cases of run-together-stamp (see report-layout-run-together-stamp.test.ts).
import { describe, expect, it } from 'vitest';
import { headerFields } from './report-layout';

describe('run-together-stamp: negative cases', () => {
  it.each([
    ['a deadline with no clock time', '牵头单位：区财政局完成时间：2021年12月31日'],
    ['a longer word’s label first on its line', '办结时间：2022-01-20 14:58'],
  ])('keeps %s a longer word’s label', (_what, line) => {
    expect(headerFields(line).some((f) => f.label === '时间')).toBe(false);
  });
});
