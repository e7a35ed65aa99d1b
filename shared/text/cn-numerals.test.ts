import { describe, expect, it } from 'vitest';
import { parseChineseNumber, toChineseNumber } from './cn-numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['二十九', 29],
    ['三十一', 31],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一千零五', 1005],
    ['两千', 2000],
    ['一万零五百', 10500],
    ['十万', 100000],
    ['二十五万', 250000],
    ['一亿', 100000000],
    ['零', 0],
    ['〇', 0],
    ['二〇二一', 2021],
    ['二○二一', 2021],
    ['二零二二', 2022],
    ['12', 12],
    ['１２', 12],
    ['0.8', 0.8],
    ['1,000', 1000],
    ['3万', 30000],
    ['1.5万', 15000],
    [' 十四 ', 14],
    ['拾', 10],
  ])('%s → %d', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it.each(['', '第十四', '十十', '百', '十四条', 'abc', '1.2.3', '一二x'])('rejects %j', (s) => {
    expect(parseChineseNumber(s)).toBeNull();
  });
});

describe('toChineseNumber', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [10, '十'],
    [14, '十四'],
    [20, '二十'],
    [29, '二十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1005, '一千零五'],
    [2021, '二千零二十一'],
    [10010, '一万零一十'],
    [10500, '一万零五百'],
    [100000, '十万'],
    [101000, '十万一千'],
    [1000100, '一百万零一百'],
    [100000000, '一亿'],
    [-3, '负三'],
    [1.5, '一点五'],
  ])('%d → %s', (n, s) => {
    expect(toChineseNumber(n)).toBe(s);
  });

  it('round-trips every number a measure list can have', () => {
    for (let n = 0; n <= 2000; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
  });
});
