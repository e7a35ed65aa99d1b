// Three rules for titles and names as copies of pages write them: a title written whole inside book-title marks
// (title-marks), a disclosure list's title field naming the issuers before its 关于 (title-field), and the ordinal
// of an institution inside its name (institution-ordinal).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { looksLikeDepartment, withoutInstitutionOrdinal } from './department-names';
import { detectDepartments, unwrapMarkedTitle } from './detect-departments';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));
const departmentsOf = (lines: string[]) => detectDepartments(paragraphs(lines), { directory: defaultDirectory(), policyDepartments: [] }).departments;

describe('title-marks: a title written whole inside book-title marks', () => {
  it.each([
    ['《成都市人民政府办公厅关于建立政府工作落实情况报告制度的通知》', '成都市人民政府办公厅关于建立政府工作落实情况报告制度的通知'],
    ['《区民政局2023年工作总结》', '区民政局2023年工作总结'],
    ['《县财政局关于印发〈预算管理办法〉的通知》', '县财政局关于印发〈预算管理办法〉的通知'],
  ])('%s', (line, title) => expect(unwrapMarkedTitle(line)).toBe(title));

  it.each<[string, string[], string]>([
    ['a government office', ['《成都市人民政府办公厅关于建立政府工作落实情况报告制度的通知》', '浏览量： 时间：2018-11-13 15:36:26', '各区（市）县政府，市政府各部门：', '现将有关事项通知如下：'], '成都市人民政府办公厅'],
    ['a bureau’s summary', ['《县农业农村局2022年工作总结》', '2022年，我局围绕乡村振兴，扎实推进各项工作。'], '县农业农村局'],
  ])('the body of %s is read from the marked title', (_what, lines, body) => expect(departmentsOf(lines)).toEqual([body]));
});

describe('title-field: the title field of a disclosure list', () => {
  it.each<[string, string[], string[]]>([
    [
      'two issuers side by side, the 发文机构 naming the first',
      ['- 信息名称:河南省教育厅 河南省财政厅关于重新报送统计报表有关数据的通知', '- 发文机构: 河南省教育厅', '- 发文文号:教财〔2018〕551号', '各省辖市教育局、财政局：', '根据国家有关要求，现将有关事项通知如下：'],
      ['河南省教育厅', '河南省财政厅'],
    ],
    [
      'one issuer under a 标题 label',
      ['标题：县卫生健康局关于2023年工作开展情况的报告', '发布日期：2024-01-05', '2023年，我局全面推进健康县城建设。'],
      ['县卫生健康局'],
    ],
  ])('%s', (_what, lines, bodies) => expect(departmentsOf(lines)).toEqual(bodies));
});

describe('institution-ordinal: the ordinal numbering a place’s institutions', () => {
  it.each([
    ['郴州市第二人民医院', '郴州市人民医院'],
    ['中共郴州市第二人民医院委员会', '中共郴州市人民医院委员会'],
    ['商州区第一中学', '商州区中学'],
    ['县第三小学', '县小学'],
  ])('%s', (name, without) => {
    expect(withoutInstitutionOrdinal(name)).toBe(without);
    expect(looksLikeDepartment(name)).toBe(true);
  });

  it('a hospital’s Party committee publishing its rectification is read from the title', () => {
    const lines = ['中共郴州市第二人民医院委员会关于巡察整改进展情况的通报', '发布时间: 2025-09-30', '根据市委统一部署，市委第四巡察组对郴州市第二人民医院党委进行了巡察。'];
    expect(departmentsOf(lines)).toEqual(['中共郴州市第二人民医院委员会']);
  });
});
