// Negative cases of the rules for titles and names as copies of pages write them (title-marks, title-field,
// institution-ordinal): a quoted policy name, a line only partly in marks, a title field naming no body, a 第
// that numbers a session, a quarter or a part.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { looksLikeDepartment, withoutInstitutionOrdinal } from './department-names';
import { detectDepartments, unwrapMarkedTitle } from './detect-departments';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));
const departmentsOf = (lines: string[]) => detectDepartments(paragraphs(lines), { directory: defaultDirectory(), policyDepartments: [] }).departments;

describe('title-marks: negative cases', () => {
  it.each([
    ['a policy quoted alone, no title word', '《云溪县优化营商环境攻坚行动工作方案》'],
    ['marks around part of the line', '《关于建立政府工作落实情况报告制度的通知》精神'],
    ['two titles in marks', '《县财政局工作总结》《县民政局工作总结》'],
    ['no marks', '县财政局2023年工作总结'],
  ])('%s stays as it is', (_what, line) => expect(unwrapMarkedTitle(line)).toBe(line));

  it('a quoted policy above the body names no body', () => {
    expect(departmentsOf(['《云溪县优化营商环境攻坚行动工作方案》', '近期，各单位认真落实方案，取得了明显成效。'])).toEqual([]);
  });
});

describe('title-field: negative cases', () => {
  it.each<[string, string[]]>([
    ['a title field opening on 关于', ['标题：关于做好2023年度统计工作的通知', '发布日期：2023-03-01', '各单位要按时报送统计数据。']],
    ['a title field with no 关于', ['信息名称：2022年政府信息公开工作年度报告', '发布日期：2023-01-18', '本报告根据条例要求编制。']],
    ['a title field whose words before 关于 are no names', ['名称：市委市政府高度重视关于安全生产的部署', '生成日期：2023-05-01', '全市上下认真贯彻落实。']],
  ])('%s names no body', (_what, lines) => expect(departmentsOf(lines)).toEqual([]));

  it('a field that is no title field (来源) adds nothing by this rule', () => {
    // 来源 names the posting office only when nothing else names anyone; the title field is read with the title
    const lines = ['县财政局2023年工作总结', '来源：县政府办公室', '2023年，我局全面推进财政工作。'];
    expect(departmentsOf(lines)).toEqual(['县财政局']);
  });
});

describe('institution-ordinal: negative cases', () => {
  it.each([
    ['a session of a congress', '第十次会议'],
    ['a quarter', '第一季度'],
    ['a part of a policy', '第三部分'],
    ['an inspection team', '市委第四巡察组'],
  ])('%s keeps its 第', (_what, text) => expect(withoutInstitutionOrdinal(text)).toBe(text));

  it.each([
    ['an inspection team, numbered', '市委第四巡察组'],
    ['a meeting line', '区人大常委会第十次会议'],
    ['a quarter’s return', '第一季度工作情况汇报'],
  ])('%s is no body’s name', (_what, text) => expect(looksLikeDepartment(text)).toBe(false));
});
