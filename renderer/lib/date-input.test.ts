import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './date-input';

describe('parseTypedDate', () => {
  it.each([
    ['2022-01-31', '2022-01-31'],
    ['2022-1-5', '2022-01-05'],
    ['2022/1/31', '2022-01-31'],
    ['2022.12.1', '2022-12-01'],
    ['2022年1月31日', '2022-01-31'],
    ['2022 年 1 月 31 日', '2022-01-31'],
    ['20220131', '2022-01-31'],
    ['２０２２-０１-３１', '2022-01-31'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s', (typed, iso) => {
    expect(parseTypedDate(typed)).toEqual({ ok: true, date: iso });
  });

  it.each([
    ['', '请填写日期'],
    ['2', '年-月-日'],
    ['202', '年-月-日'],
    ['0002-01-31', '四位数'],
    ['22-01-31', '四位数'],
    ['2022-13-01', '没有13月'],
    ['2022-02-30', '2022年2月没有30日'],
    ['2023-02-29', '只有28天'],
    ['2022-04-31', '只有30天'],
    ['明天', '年-月-日'],
  ])('refuses %s in plain words', (typed, part) => {
    const r = parseTypedDate(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(part);
      expect(r.message).not.toMatch(/[a-z]{3,}/i);
    }
  });
});
