// Negative cases of column-tag and title-above-publication (see detect-departments-title-window.test.ts).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { withoutColumnTag } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const read = (text: string) => detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments;

describe('column-tag: negative cases', () => {
  it.each([
    ['a bracket standing alone', '【巡察整改】'],
    ['a news site’s long tag', '【泵阀商务网 国内新闻】上海市委、市政府高度重视'],
    ['a bracket inside the line', '关于【2023】年度工作的报告'],
    ['a link in brackets after the title', '县财政局关于决算的报告【打印】'],
  ])('leaves %s as it is', (_what, line) => {
    expect(withoutColumnTag(line)).toBe(line);
  });
});

describe('title-above-publication: negative cases', () => {
  it('no publication line: the title is looked for in the first lines only', () => {
    const text = ['网站首页', '"清廉某地"', '打造一流营商环境', '"码上监督"', '小微权力', '"监督一点通"', '扫码关注', '县民政局关于低保工作的报告', '现将有关情况报告如下。'].join('\n');
    expect(read(text)).toEqual([]);
  });

  it('a line below the publication line is no title', () => {
    const text = ['"清廉某地"', '打造一流营商环境', '"码上监督"', '小微权力', '"监督一点通"', '扫码关注', '发布时间:2025-08-18 17:39', '县民政局关于低保工作的报告', '现将有关情况报告如下。'].join('\n');
    expect(read(text)).toEqual([]);
  });
});
