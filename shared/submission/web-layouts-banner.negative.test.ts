// Negative cases of site-masthead, the site's links as chrome, forwarding-title and mistyped-month: a name alone right
// above the title is still its author, a disclosure table's bars are no chrome, a name holding 转 forwards nothing,
// and only a month and a day that can be read as them are.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDate } from './detect-date';
import { detectDepartments, forwardingIssuer } from './detect-departments';
import { withMistypedMonth } from './report-layout';
import { isSiteChrome, isSiteSection } from './report-metadata';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));
const departmentsOf = (lines: string[]) => detectDepartments(paragraphs(lines), { directory: defaultDirectory(), policyDepartments: [] }).departments;
const BODY = ['2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。', '一、主要举措和成效', '10月15日召开专题会议，研究部署相关工作。'];

describe('site-masthead: negative cases', () => {
  it('a name alone right above the title is its author', () => {
    expect(departmentsOf(['浑南区国资局', '2022年政府信息公开工作年度报告', ...BODY])).toEqual(['浑南区国资局']);
  });

  it.each(['政府信息公开工作年度报告', '信息公开情况', '全文检索结果如下：'])('%s is no section of the site', (line) => {
    expect(isSiteSection(line)).toBe(false);
  });

  it.each(['| 发布机构: | 青阳县卫生健康委员会 |', '关怀版服务', '区民政局'])('%s is no chrome', (line) => expect(isSiteChrome(line)).toBe(false));
});

describe('forwarding-title: negative cases', () => {
  it.each([
    ['a body whose name holds 转', '区转型升级办公室'],
    ['a body and no forwarding', '区财政局'],
    ['转 in a short name', '区政府转型办'],
  ])('%s', (_what, before) => expect(forwardingIssuer(before)).toBe(before));

  it('a title forwarding nothing names its issuer', () => {
    expect(departmentsOf(['区财政局关于转发市财政局文件的报告', ...BODY])).toEqual(['区财政局']);
  });
});

describe('mistyped-month: negative cases', () => {
  it.each([
    ['no day after the mistyped month', '2018年10日'],
    ['no month 13', '2018年13日11日'],
    ['a span of days', '2018年3日至5日'],
    ['no day 32', '2018年10日32日'],
  ])('%s', (_what, text) => expect(withMistypedMonth(text)).toBe(text));

  it('a sentence with such a date does not date the report', () => {
    const d = detectDate(paragraphs(['区民政局工作总结', ...BODY, '2018年10日11日召开了推进会，部署下一步工作。']), '2099-01-01');
    expect(d.dateSource).toBe('import');
  });
});
