// Negative cases of plan-report (see report-metadata-plan-report.test.ts).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { placeDepartmentOfTitle, placeGovernmentOfTitle } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('plan-report: negative cases', () => {
  it.each([
    ['a title naming the government', '广东省人民政府关于2021年国民经济和社会发展计划执行情况的报告'],
    ['a title naming a department', '某某县发展和改革局2023年国民经济和社会发展计划执行情况的报告'],
    ['a title of another field', '2020年静海区法治政府建设情况报告'],
    ['a title naming no place', '2021年国民经济和社会发展计划执行情况与2022年计划草案的报告'],
  ])('names no department for %s', (_what, title) => expect(placeDepartmentOfTitle(title)).toBeNull());

  it('leaves a place’s other reports to its government', () => {
    expect(placeGovernmentOfTitle('2020年静海区法治政府建设情况报告')).toBe('静海区人民政府');
  });

  it('keeps a government’s plan report delivered by its deputy head the government’s', () => {
    const text = [
      '某某区人民政府关于某某区2023年上半年国民经济和社会发展计划执行情况的报告',
      '——2023年8月31日在区第十七届人大常委会第十五次会议上',
      '某某区人民政府副区长 张三',
      '主任、各位副主任、各位委员:',
      '我代表区人民政府,向本次会议报告计划执行情况,请予审议。',
    ].join('\n');
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.departments).toEqual(['某某区人民政府']);
  });
});
