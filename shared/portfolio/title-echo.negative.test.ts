import { describe, expect, it } from 'vitest';
import { anotherYearOf, echoes, reportTitleSubject, titleSubject } from './title-echo';

describe('title-echo: what is no echo', () => {
  it.each([
    ['a title naming no year', '关于进一步优化营商环境的实施意见'],
    ['too little after the year', '2021年工作总结'],
    ['only a period after the year', '2021年上半年工作情况'],
  ])('%s: no subject', (_what, title) => {
    expect(titleSubject(title)).toBeNull();
  });

  it.each([
    ['another subject of the same year', '关于2021年安全生产重点工作落实情况的报告', '六安市人民政府关于2021年重点工作及责任分解的通知'],
    ['a disclosure report of the year', '2021年政府信息公开工作年度报告', '关于《政府工作报告》确定的2021年重点工作责任分解的通知'],
    ['the same subject in another place', '金寨县2025年政府工作报告重点工作上半年落实情况', '谯城区2025年政府工作报告重点工作任务分解表'],
    ['the same subject in another year', '2024年政府工作报告重点工作完成情况', '谯城区2025年政府工作报告重点工作任务分解表'],
  ])('%s', (_what, report, policy) => {
    expect(echoes(titleSubject(report)!, titleSubject(policy)!)).toBe(false);
  });

  it('another place’s subject of another year is not taken for the same subject', () => {
    expect(anotherYearOf(titleSubject('六安市2021年重点工作推进情况')!, titleSubject('绍兴市人民政府办公室关于印发市政府2022年重点工作责任分工的通知')!)).toBe(false);
  });

  it('a sentence of the body is no title', () => {
    expect(reportTitleSubject('受省人民政府委托,向大会提交辽宁省2024年国民经济和社会发展计划执行情况与2025年计划草案的报告,请予审议。')).toBeNull();
  });

  it('a date in a disclosure box’s next field is not read as the title’s year', () => {
    expect(reportTitleSubject('名称: 关于开展春季环境卫生整治的通报 发布日期: 2022年06月29日')).toBeNull();
  });
});
