import { describe, expect, it } from 'vitest';
import { collapseLetterSpacing, isLetterSpaced } from './letter-spacing';

describe('collapseLetterSpacing', () => {
  it.each([
    ['区 民 政 局', '区民政局'],
    ['2 0 2 1 年 1 0 月 2 0 日', '2021年10月20日'],
    ['区 财 政 局      区 税 务 局', '区财政局 区税务局'],
    ['区　民　政　局', '区民政局'],
    ['2 0 2 1年1 0月2 0日', '2021年10月20日'],
    ['区民政局  2 0 2 1 年 1 0 月 2 0 日', '区民政局  2021年10月20日'],
  ])('takes the spacing out of %s', (line, expected) => {
    expect(collapseLetterSpacing(line)).toBe(expected);
  });

  it.each([
    ['区发改委    区商务局'],
    ['报送单位：区财政局 报送日期：2021-11-30'],
    ['2021 年 9 月 28 日'],
    ['区 县 市'],
    ['一、 推进 公办养老机构改革。'],
    ['核查 1 2 3 6 户，21 年 3 月'],
  ])('leaves an ordinary line alone: %s', (line) => {
    expect(isLetterSpaced(line)).toBe(false);
    expect(collapseLetterSpacing(line)).toBe(line);
  });
});
