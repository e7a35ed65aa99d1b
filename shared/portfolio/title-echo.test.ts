import { describe, expect, it } from 'vitest';
import { anotherYearOf, echoes, publisherOf, reportTitleSubject, titleSubject, withPlace, writerPlace } from './title-echo';

describe('title-echo: the year and subject of a title of the genre', () => {
  it.each([
    ['关于《政府工作报告》确定的2021年重点工作责任分解的通知', { year: '2021', subject: '重点工作', place: null }],
    ['关于《政府工作报告》确定的2021年重点工作半年进展情况通报', { year: '2021', subject: '重点工作', place: null }],
    ['六安市人民政府关于2021年重点工作及责任分解的通知', { year: '2021', subject: '重点工作', place: '六安市' }],
    ['【重点工作落实】2021年度市政府重点工作落实情况的通报', { year: '2021', subject: '重点工作', place: null }],
    ['2024年政府工作报告重点工作完成情况(前三季度)', { year: '2024', subject: '政府工作报告重点工作', place: null }],
    ['谯城区教育局2025年政府工作报告重点工作任务分解表', { year: '2025', subject: '政府工作报告重点工作', place: '谯城区' }],
    ['关于2023年上半年安全生产重点工作落实情况的报告', { year: '2023', subject: '安全生产重点工作', place: null }],
  ])('%s', (title, subject) => {
    expect(titleSubject(title)).toEqual(subject);
  });

  it('a report on the 重点工作 of a division of 重点工作 and 民生实事 echoes it', () => {
    const policy = titleSubject('平湖市人民政府办公室关于印发2024年政府工作报告重点工作和政府重点民生实事项目责任分解的通知')!;
    const report = titleSubject('2024年政府工作报告重点工作完成情况(前三季度)')!;
    expect(echoes(report, policy)).toBe(true);
  });

  it('the place is the publisher’s where the title names none', () => {
    const text = ['关于《政府工作报告》确定的2021年重点工作半年进展情况通报', '主题分类: 政务督查 发布机构: 赤壁市人民政府办公室'].join('\n');
    expect(reportTitleSubject(text)).toEqual({ year: '2021', subject: '重点工作', place: '赤壁市' });
  });

  it('a title on a disclosure box’s line, after its label and before the next field', () => {
    const text = ['谯城区教育局', '名称: 谯城区教育局2025年政府工作报告重点工作任务分解表 文号:'].join('\n');
    expect(reportTitleSubject(text)).toEqual({ year: '2025', subject: '政府工作报告重点工作', place: '谯城区' });
  });

  it('the same subject of another year is told apart', () => {
    const report = titleSubject('2021年度市政府重点工作落实情况的通报')!;
    const next = titleSubject('六安市人民政府关于印发2022年重点工作及责任清单的通知')!;
    expect(echoes(report, next)).toBe(false);
    expect(anotherYearOf(report, next)).toBe(true);
  });

  it('a writer’s place fills a subject that names none, and leaves one that does', () => {
    expect(withPlace(titleSubject('2021年重点工作推进情况'), '赤壁市人民政府办公室')?.place).toBe('赤壁市');
    expect(withPlace(titleSubject('六安市2021年重点工作推进情况'), '赤壁市人民政府办公室')?.place).toBe('六安市');
  });
});

describe('title-echo: the place of a report’s writer, whatever its title', () => {
  it('the publisher of a page whose title names no year', () => {
    const text = ['关于开展春季环境卫生整治的通报', '主题分类: 政务督查 发布机构: 赤壁市人民政府办公室'].join('\n');
    expect(reportTitleSubject(text)).toBeNull();
    expect(writerPlace(publisherOf(text))).toBe('赤壁市');
  });

  it('no place where the writer is named by its level alone, or not at all', () => {
    expect(writerPlace('市政府办')).toBeNull();
    expect(writerPlace(publisherOf('2021年度市政府重点工作落实情况的通报\n浏览次数:信息来源: 市政府办发布时间:2022-01-30'))).toBeNull();
    expect(publisherOf('关于开展春季环境卫生整治的通报')).toBeNull();
  });
});
