// lead-above-title: a reposting site's lead paragraph of its own (日前,温州发改委发布2023年上半年工作总结…。) above the title
// it reposts is no title; the title under it names the author (detect-departments.ts, isLeadAboveTitle). Lines adapted from
// the real report of __fixtures__/real (wenzhou-development-halfyear).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments, isLeadAboveTitle } from './detect-departments';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const LEAD = '日前,温州发改委发布2023年上半年工作总结和下半年工作思路。文件显示,2023年上半年,温州谋划招引省市县长工程项目41个。';

describe('lead-above-title', () => {
  it('takes a lead of sentences above a title for no title', () => {
    expect(isLeadAboveTitle(LEAD, '温州市发展和改革委员会2023年上半年工作总结和下半年工作思路')).toBe(true);
  });

  it('reads the author from the title under the lead', () => {
    const text = [LEAD, '温州市发展和改革委员会2023年上半年工作总结和下半年工作思路', '一、上半年工作总结', '一是强化顶层设计。坚持高位化调度、集成化作战、扁平化协调。'].join('\n');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['温州市发展和改革委员会']);
  });

  it('reads a bureau’s report reposted under a lead', () => {
    const text = ['近日,县审计局公布了2022年度审计整改情况。记者从中了解到,整改已全部完成。', '县审计局关于2022年度审计发现问题整改情况的报告', '一、整改工作总体情况'].join('\n');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['县审计局']);
  });
});
