import { describe, expect, it } from 'vitest';
import { rectifyByDay } from './rectify-by-day';

// rectify-by-day, where it must not fire: a day for sending the returns, a day inside a numbered item, or a day for other
// work than the rectification.
describe('rectify-by-day: negative cases', () => {
  it.each([
    [['请各区民政局于8月15日前将自查自纠和重点问题整改情况报市民政局。', '一、开展自查自纠'], 'a day for the returns'],
    [['各单位要高度重视。', '1.8月31日前将问题整改完成。(责任单位:住建局)'], 'a day inside an item'],
    [['请于6月30日前完成问卷填报。', '1.路面破损。(责任单位:住建局)'], 'a day for other work'],
  ])('%j (%s)', (lines) => {
    expect(rectifyByDay(lines)).toBeNull();
  });
});
