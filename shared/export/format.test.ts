import { describe, expect, it } from 'vitest';
import { chineseDate, chineseNumber, daysBetween, headingText, isIsoDate, percent, tidy, todayIso } from './format';

describe('chineseDate', () => {
  it.each([
    ['2022-01-31', '2022年1月31日'],
    ['2021-09-06', '2021年9月6日'],
    ['2021-12-01', '2021年12月1日'],
  ])('%s → %s', (iso, words) => expect(chineseDate(iso)).toBe(words));

  it('leaves text that is not an ISO date alone', () => expect(chineseDate('年底前')).toBe('年底前'));
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2022-13-01')).toBe(false);
    expect(isIsoDate('2022-1-31')).toBe(false);
    expect(isIsoDate('2022年1月31日')).toBe(false);
  });
});

describe('todayIso', () => {
  it('uses the local calendar date', () => expect(todayIso(new Date(2022, 0, 5, 23, 30))).toBe('2022-01-05'));
});

describe('daysBetween', () => {
  it('counts calendar days across months and years', () => {
    expect(daysBetween('2021-12-31', '2022-01-10')).toBe(10);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2022-01-10', '2021-12-31')).toBe(-10);
  });
});

describe('chineseNumber', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [35, '三十五'],
  ])('%i → %s', (n, words) => expect(chineseNumber(n)).toBe(words));
});

describe('percent', () => {
  it('keeps one decimal only when needed', () => {
    expect(percent(2 / 7)).toBe('28.6%');
    expect(percent(1)).toBe('100%');
    expect(percent(0.5)).toBe('50%');
    expect(percent(0)).toBe('0%');
  });
});

describe('tidy', () => {
  it('drops spaces next to Chinese text and collapses the rest', () => {
    expect(tidy('进一步深化 “放管服”改革')).toBe('进一步深化“放管服”改革');
    expect(tidy('2021 年 9 月 28 日')).toBe('2021年9月28日');
    expect(tidy('  通过  APP  办理 ')).toBe('通过APP办理');
    expect(tidy('Open  Office')).toBe('Open Office');
  });

  it('headingText drops the full stop that ends a measure title', () => {
    expect(headingText('提升就业服务。')).toBe('提升就业服务');
    expect(headingText('继续扩大出口信保覆盖面，')).toBe('继续扩大出口信保覆盖面');
  });
});
