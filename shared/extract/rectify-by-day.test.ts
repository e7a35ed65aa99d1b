import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { rectifyByDay } from './rectify-by-day';

// rectify-by-day: a rectification notice's cover asking that its problems be put right by a day (「…并于5月20日前将问题
// 整改完成,整改情况报区政府督查室」, 铁西区人民政府督查室, 2019) has every listed problem fall due that day.
describe('rectify-by-day: the cover\'s day for putting the problems right', () => {
  it.each([
    [['请各事涉部门对存在的问题立即进行整改,并于5月20日前将问题整改完成,整改情况报区政府督查室。', '1.胡同内垃圾。(责任单位:英雄街道)'], '5月20日前'],
    [['请各单位于2021年10月31日前完成整改。', '1.路面破损。(责任单位:住建局)'], '2021年10月31日前'],
  ])('%j', (lines, day) => {
    expect(rectifyByDay(lines)).toBe(day);
  });

  it('dates every problem of the attached list', () => {
    const measures = extractPolicy({
      paragraphs: [
        '关于对城区环境卫生综合整治工作检查情况的整改通知',
        '仁兴街道办事处、区住建局、区执法局:',
        '5月15日清晨,区政府督查室共梳理出3条问题,请各事涉部门立即进行整改,并于5月20日前将问题整改完成,整改情况报区政府督查室。',
        '四平市铁西区人民政府督查室',
        '2019年5月15日',
        '附件:',
        '存在问题:',
        '1.春江医院附近北侧胡同内垃圾。(责任单位:仁兴街道)',
        '2.天桥下门前路面破损。(责任单位:住建局)',
        '3.胡同内乱堆乱放。(责任单位:执法局)',
      ].map((text, index) => ({ index, text })),
    }).measures;
    expect(measures.map((m) => m.deadlines.filter((d) => d.kind === 'by').map((d) => d.date))).toEqual([['2019-05-20'], ['2019-05-20'], ['2019-05-20']]);
  });
});
