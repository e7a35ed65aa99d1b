// Negative cases of site-masthead, the site's links as chrome, forwarding-title and mistyped-month: a name alone right
// above the title is still its author, a disclosure table's bars are no chrome, a name holding 转 forwards nothing,
// only a month and a day that can be read as them are, and only an announcement's own bracketed day and the name
// alone right above it are its date and issuer.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDate } from './detect-date';
import { detectDepartments, forwardingIssuer } from './detect-departments';
import { dateOnlyLine, withMistypedMonth, withoutAnnouncementVerb } from './report-layout';
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

describe('announcement-byline and announcement-date: negative cases', () => {
  it.each([
    ['a sentence announcing', '现将审计结果公告如下：2024年4月12日公告。'],
    ['the print line of a 版记', '区审计局办公室 2024年4月12日印发'],
    ['a date outside brackets', '2024年4月12日公告'],
  ])('%s', (_what, text) => expect(withoutAnnouncementVerb(text)).toBe(text));

  it('a print line is no date line', () => {
    expect(dateOnlyLine('区审计局办公室 2024年4月12日印发')).toBeNull();
  });

  it('the title above a bracketed date names no issuer by itself', () => {
    expect(departmentsOf(['2023年工作总结', '（2024年1月10日）', ...BODY])).toEqual([]);
  });

  it('a signature under the body is no byline: the title’s body comes first', () => {
    expect(departmentsOf(['区财政局关于减税降费落实情况的报告', '现将有关情况报告如下。', '区民政局', '2021年11月30日'])).toEqual(['区财政局', '区民政局']);
  });

  it('a line that is no name above the date adds no one', () => {
    expect(departmentsOf(['区民政局2023年工作总结', '审计结果公告第6号', '（2024年1月10日公告）', ...BODY])).toEqual(['区民政局']);
  });
});
