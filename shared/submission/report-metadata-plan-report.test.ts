// plan-report: a report a place's government lays before its congress on one department's field, titled with the place
// and no body, is that department's (report-metadata.ts, placeDepartmentOfTitle; the fields are data in
// shared/departments/place-reports.ts).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { placeDepartmentOfTitle } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('plan-report', () => {
  it.each([
    ['广东省2021年国民经济和社会发展计划执行情况与2022年计划草案的报告', '广东省发展和改革委员会'],
    ['绍兴市2022年国民经济和社会发展计划执行情况的报告', '绍兴市发展和改革委员会'],
    ['某某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告', '某某县发展和改革局'],
    ['浙江省2021年全省和省级预算执行情况及2022年全省和省级预算草案的报告', '浙江省财政厅'],
    ['上城区2022年预算执行情况和2023年预算草案的报告', '上城区财政局'],
  ])('%s → %s', (title, body) => expect(placeDepartmentOfTitle(title)).toBe(body));

  it('reads a commission’s plan report under its title as the commission’s, not the government’s it executes for', () => {
    const text = [
      '广东省2021年国民经济和社会发展计划执行情况与2022年计划草案的报告',
      '信息来源:国民经济综合处 时间:2022-01-20 14:58:18',
      '一、2021年国民经济和社会发展计划执行情况',
      '2021年,全省上下认真执行省十三届人大四次会议审议通过的省政府工作报告,较好完成年度主要目标任务。',
    ].join('\n');
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.departments).toEqual(['广东省发展和改革委员会']);
  });
});
