// Who reports when an official delivers the report to a people's congress: the official's body, unless the title
// names a government as the author (the official then speaks for it); the official's line is read also under a
// disclosure box whose labels and values stand on lines of their own. Negative cases in the .negative test.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { titleNamesGovernment } from './report-metadata';

const detect = (text: string) => detectDepartments(text.split('\n').map((t, index) => ({ index, text: t })), { directory: defaultDirectory(), policyDepartments: [] }).departments;

describe('a title naming a government as the author', () => {
  it.each([
    [['广东省人民政府']],
    [['官渡区人民政府']],
    [['市政府']],
    [['区审计局', '重庆市人民政府']],
  ])('%j', (names) => {
    expect(titleNamesGovernment(names)).toBe(true);
  });
});

describe('the official who speaks for a government', () => {
  it.each([
    [
      'a province’s report delivered by its audit department’s head',
      '广东省人民政府关于我省2020年度省级预算执行和其他财政收支审计查出问题的整改情况报告\n——2022年7月27日在广东省第十三届人民代表大会常务委员会第四十五次会议上\n广东省审计厅厅长  马学斌\n省人大常委会：\n现将整改情况报告如下：',
      ['广东省人民政府'],
    ],
    [
      'a county’s report delivered by its finance bureau’s head',
      '某某县人民政府关于2023年度县级决算的报告\n——2024年6月27日在某某县第十八届人大常委会第十八次会议上\n某某县财政局局长 张三\n主任、各位副主任、各位委员：\n现将决算情况报告如下。',
      ['某某县人民政府'],
    ],
  ])('%s', (_what, text, names) => {
    expect(detect(text)).toEqual(names);
  });
});

describe('the official under a disclosure box of lines of their own', () => {
  it('reads the official below the box', () => {
    const text = [
      '关于黄陂区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告',
      '发文单位', '黄陂区发展和改革局', '发文字号', '发文日期', '2022-12-27 18:10', '效力状态', '有效', '索引号', '010898141/2023-01021', '主题分类', '政务公开',
      '关于黄陂区2022年国民经济和社会发展', '计划执行情况与2023年国民经济', '和社会发展计划草案的报告',
      '20221227日在黄陂区第六届人民代表大会第二次会议上',
      '黄陂区发展和改革局局长   叶明壮',
      '各位代表：',
      '受区人民政府委托，现以书面形式向大会报告，请予审议。',
    ].join('\n');
    expect(detect(text)).toEqual(['黄陂区发展和改革局']);
  });
});
