// Copies of reports that other sites made: a document-sharing site showing a Word file run together on one line and
// signed with a dotted date, a mirror site glossing characters with their pinyin. Lines adapted from the real reports
// of __fixtures__/real (dajing-school, guangxi-auto).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDate } from './detect-date';
import { detectDepartments } from './detect-departments';
import { withClosingTail, withDottedDates, withoutPinyinGlosses } from './report-layout';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));
const departmentsOf = (lines: string[]) => detectDepartments(paragraphs(lines), { directory: defaultDirectory(), policyDepartments: [] }).departments;
const dateOf = (lines: string[]) => {
  const d = detectDate(paragraphs(lines), '2099-01-01');
  return d.dateSource === 'import' ? null : `${d.date} ${d.dateSource}`;
};

describe('withoutPinyinGlosses', () => {
  it.each([
    ['a toned syllable after a character', '廣西汽車集團(tuán)有限公司', '廣西汽車集團有限公司'],
    ['several glosses on a line', '審計(jì)廳對(duì)我公司', '審計廳對我公司'],
    ['full-width brackets', '問（wèn）題', '問題'],
    ['ü with a tone', '綠(lǜ)色', '綠色'],
  ])('drops %s', (_what, text, expected) => expect(withoutPinyinGlosses(text)).toBe(expected));
});

describe('withDottedDates', () => {
  it.each([
    ['a date with two-digit month and day', '商州区大荆中学 2018.06.15', '商州区大荆中学 2018年06月15日'],
    ['a date with one-digit month and day', '2021.5.8', '2021年5月8日'],
  ])('writes %s as a date', (_what, text, expected) => expect(withDottedDates(text)).toBe(expected));
});

describe('withClosingTail', () => {
  it('splits the signature and date off the end of a one-line file', () => {
    const lines = [{ index: 0, text: '关于整改报告 我校整改情况报告如下。 确保顺利通过验收。 商州区大荆中学 2018.06.15' }];
    expect(withClosingTail(lines)).toEqual([
      { index: 0, text: '关于整改报告 我校整改情况报告如下。 确保顺利通过验收。' },
      { index: 0, text: '商州区大荆中学 2018.06.15' },
    ]);
  });
});

describe('who reports and when, in copies made by other sites', () => {
  const ONE_LINE = '义务教育均衡发展整改报告 商州区大荆中学 关于义务教育均衡发展存在问题整改报告 商州区大荆中学于 2018 年 6 月 11 日组织学校各部门负责人进行了自查。 现将我校整改情况报告如下: 1、学校要求总务处立即加装灯管。 确保顺利通过验收。 商州区大荆中学 2018.06.15';
  const GLOSSED = [
    '2022年2月18日至2022年5月31日期間,廣西壯族自治區(qū)審計(jì)廳對(duì)我公司推進(jìn)工業(yè)高質(zhì)量發(fā)展情況進(jìn)行了專項(xiàng)審計(jì)調(diào)查。',
    '以上問(wèn)題,我公司高度重視,對(duì)問(wèn)題認(rèn)真核實(shí),并組織集團(tuán)各部門進(jìn)行積極整改。',
    '現(xiàn)將具體整改情況進(jìn)行公示。',
    '廣西汽車集團(tuán)有限公司',
    '2022年9月30日',
  ];
  it.each<[string, string[], string[], string]>([
    ['a school’s Word file run together on one line, dated with dots', [ONE_LINE], ['商州区大荆中学'], '2018-06-15 signature'],
    ['an enterprise group’s notice glossed with pinyin, in traditional characters', GLOSSED, ['广西汽车集团有限公司'], '2022-09-30 signature'],
    ['a school signing on its own lines with a dotted date', ['关于校园安全隐患整改情况的报告', '县教育局:', '现将整改情况报告如下。', '一、已更换全部灯管。', '城关镇中心小学', '2021.5.8'], ['城关镇中心小学'], '2021-05-08 signature'],
  ])('%s', (_what, lines, departments, date) => {
    expect(departmentsOf(lines)).toEqual(departments);
    expect(dateOf(lines)).toBe(date);
  });
});
