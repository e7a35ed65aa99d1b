// Negative cases of two rules for pages copied from a website: bare label words read as labels only at the top of
// the page and only when the whole line is the label; a body's placeless form folds only into the same body.
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { detectDepartments, withoutPlacelessForms } from './detect-departments';
import { defaultDirectory } from '../extract/departments';
import { asBareLabel } from './report-layout';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));

describe('bare label words: negative cases', () => {
  it.each([
    ['a heading that is no label', '总体情况'],
    ['a label with its value on the line', '日期 2025-12-16'],
    ['a word that only contains a label', '工作时间安排'],
    ['a body’s name', '县农业农村局'],
    ['a long line', '发布机构和发布日期的说明'],
  ])('not %s', (_what, line) => expect(asBareLabel(line)).toBe(line));

  it('a table in the body, copied one cell a line, does not date the report', () => {
    const top = ['区民政局2023年工作总结', '2023年，我局坚持以人民为中心，全面推进民政工作。'];
    const filler = Array.from({ length: 24 }, (_, k) => `（${k + 1}）推进第${k + 1}项工作，取得明显成效。`);
    const table = ['序号', '事项', '日期', '完成于2023-06-30', '（二十五）其余工作按计划推进。'];
    const d = detectDate(paragraphs([...top, ...filler, ...table]), '2099-01-01');
    expect(d.dateSource).toBe('import');
  });
});

describe('withoutPlacelessForms: negative cases', () => {
  it.each<[string, string[]]>([
    ['two levels of one kind of body', ['市财政局', '县财政局']],
    ['a unit under a body', ['市公安局区分局', '区分局']],
    ['bodies of different places that share no ending', ['西湖区民政局', '上城区财政局']],
    ['a name that does not open on a level', ['财政局', '县财政局']],
  ])('keeps %s', (_what, names) => expect(withoutPlacelessForms(names)).toEqual(names));
});

describe('layouts of a later round: negative cases', () => {
  const departmentsOf = (lines: string[]) => detectDepartments(paragraphs(lines), { directory: defaultDirectory(), policyDepartments: [] }).departments;

  it('a plan of its own does not outrank a title that names the body', () => {
    const lines = ['区民政局2025年法治政府建设情况报告', '我局坚持依法行政。审议并通过了《区民政局重大行政决策程序规定》。', ...Array.from({ length: 3 }, () => '推进各项工作。')];
    expect(departmentsOf(lines)).toEqual(['区民政局']);
  });

  it('a simplified report quoting a traditional name is read as written', () => {
    const lines = ['区商务局关于组织企业赴臺灣参展情况的报告', '现将有关情况报告如下。', '区商务局', '2024年5月10日'];
    expect(departmentsOf(lines)).toEqual(['区商务局']);
  });

  it('the inspector of a rectification report is not its author', () => {
    const lines = ['4月,市政府督查室组成督查组对我局重点工作落实情况进行了督查,现将整改情况报告如下。', '一、整改情况', '二、下一步打算'];
    expect(departmentsOf(lines)).toEqual([]);
  });
});
