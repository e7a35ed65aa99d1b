import { describe, expect, it } from 'vitest';
import {
  addDays,
  clampedDate,
  compareIso,
  endOfMonth,
  findFullDates,
  isoDate,
  lastDayOfMonth,
  parseFullDate,
} from './dates';

describe('parseFullDate', () => {
  it.each([
    ['2021年9月6日', '2021-09-06'],
    ['2021 年 9 月 6 日', '2021-09-06'],
    ['二〇二一年九月六日', '2021-09-06'],
    ['二○二一年十二月八日', '2021-12-08'],
    ['二零二一年十月三十一日', '2021-10-31'],
    ['二O二一年十一月二十日', '2021-11-20'],
    ['２０２１年１２月８日', '2021-12-08'],
    ['2021-09-06', '2021-09-06'],
    ['2021/9/6', '2021-09-06'],
    ['2021.9.6', '2021-09-06'],
    ['报送日期：2022年1月5号', '2022-01-05'],
    ['市中区人民政府办公室\n\n2021年9月6日\n\n（此件公开发布）', '2021-09-06'],
    ['2024年2月29日', '2024-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(parseFullDate(text)).toBe(iso);
  });

  it.each([
    '2021年2月30日',
    '2023年2月29日',
    '2021年13月1日',
    '二〇二一年九月三十二日',
    '2021-13-01',
    '2021/9/31',
    '9月6日',
    '2021年9月',
    '市中政办发〔2021〕14号',
    '1.2021.9.6.1',
    '12021年9月6日',
  ])('rejects %j', (text) => {
    expect(parseFullDate(text)).toBeNull();
  });
});

describe('findFullDates', () => {
  it('finds every date with offsets into the original text', () => {
    const text = '印发日期：2021 年 9 月 28 日；成文日期：二〇二一年九月六日；修订：2022/1/5。';
    const found = findFullDates(text);
    expect(found.map((f) => f.date)).toEqual(['2021-09-28', '2021-09-06', '2022-01-05']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found[0].text).toBe('2021 年 9 月 28 日');
    expect(found[1].text).toBe('二〇二一年九月六日');
  });

  it('finds a numeric date written in full-width digits, and one with 年 alone', () => {
    expect(findFullDates('修订：２０２２/１/５').map((f) => f.date)).toEqual(['2022-01-05']);
    expect(findFullDates('二〇二一年九月六日').map((f) => f.date)).toEqual(['2021-09-06']);
  });

  it('finds a numeric date with full-width separators', () => {
    expect(findFullDates('２０２２．１．５').map((f) => f.date)).toEqual(['2022-01-05']);
    expect(findFullDates('2022－01－05').map((f) => f.date)).toEqual(['2022-01-05']);
  });

  it('returns nothing for a year or a month alone, or digits without a separator', () => {
    expect(findFullDates('2021年以来，全区新增市场主体1200户')).toEqual([]);
    expect(findFullDates('11月完成全部清理工作')).toEqual([]);
    expect(findFullDates('编号20211130')).toEqual([]);
  });

  it('returns nothing for text without dates', () => {
    expect(findFullDates('各镇街、各部门贯彻落实情况要及时向区政府报告。')).toEqual([]);
  });
});

describe('date helpers', () => {
  it('validates dates', () => {
    expect(isoDate(2021, 9, 6)).toBe('2021-09-06');
    expect(isoDate(2021, 2, 29)).toBeNull();
    expect(isoDate(2020, 2, 29)).toBe('2020-02-29');
    expect(isoDate(2021, 0, 1)).toBeNull();
    expect(isoDate(2021, 4, 31)).toBeNull();
    expect(isoDate(2021, 1.5, 1)).toBeNull();
  });

  it('knows month ends', () => {
    expect(lastDayOfMonth(2021, 2)).toBe(28);
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2100, 2)).toBe(28);
    expect(lastDayOfMonth(2021, 11)).toBe(30);
    expect(lastDayOfMonth(2021, 12)).toBe(31);
    expect(endOfMonth(2021, 6)).toBe('2021-06-30');
    expect(clampedDate(2021, 2, 31)).toBe('2021-02-28');
    expect(clampedDate(2021, 6, 31)).toBe('2021-06-30');
    expect(clampedDate(2021, 13, 1)).toBeNull();
  });

  it('adds days across months and years', () => {
    expect(addDays('2021-09-06', 30)).toBe('2021-10-06');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
  });

  it('compares ISO dates', () => {
    expect(compareIso('2021-08-31', '2021-09-06')).toBeLessThan(0);
    expect(compareIso('2021-09-06', '2021-09-06')).toBe(0);
    expect(compareIso('2022-01-01', '2021-12-31')).toBeGreaterThan(0);
  });
});
