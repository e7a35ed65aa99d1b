// Negative cases of closing-run-together-date (see report-layout-run-together-date.test.ts).
import { describe, expect, it } from 'vitest';
import { withRunTogetherDay } from './report-layout';

describe('closing-run-together-date: negative cases', () => {
  it.each([
    ['a meeting line running on after the date', '20231120日在区人大常委会第五次会议上'],
    ['seven digits, readable two ways', '2021915日'],
    ['no real month', '20231320日'],
    ['no real day', '20230231日'],
    ['a number before the digits', '编号20231120日'],
    ['a date written in full', '2023年11月20日'],
  ])('leaves %s as it is', (_what, text) => expect(withRunTogetherDay(text)).toBe(text));
});
