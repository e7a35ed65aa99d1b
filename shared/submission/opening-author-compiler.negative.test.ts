// Negative cases of compiler-clause and published-title: a clause on the report with no body at its head, a body
// that only asked for the report, a document only followed, and a title that names no one.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { authorOfPublishedTitle, detectDepartments } from './detect-departments';
import { authorInOpening, contactBody, publishedTitle } from './opening-author';

const lines = (...texts: string[]) => texts.map((text, index) => ({ index, text }));

describe('compiler-clause: negative cases', () => {
  it.each([
    ['the template with no body', '本报告根据《中华人民共和国政府信息公开条例》要求编制而成。'],
    ['a generic actor', '各单位根据本通知要求完成本报告的填报。'],
    ['a word too short to be a name', '学校根据要求完成此年度报告。'],
    ['the body that asked for the report', '根据区财政局要求，现将本年度工作报告如下。'],
    ['work done, not the report', '区财政局根据审计意见完成整改，形成长效机制。'],
    ['another report, not this one', '区财政局根据要求编制了部门决算报告。'],
  ])('%s', (_what, text) => {
    expect(authorInOpening(lines(text))).toEqual([]);
  });

  it.each([
    ['a school’s office without a name before it', '大学办公室'],
    ['a township’s central school', '中心学校办公室'],
    ['a middle school’s office', '某某中学办公室'],
  ])('contactBody keeps %s', (_what, name) => expect(contactBody(name)).toBe(name));
});

describe('published-title: negative cases', () => {
  it.each<[string, string]>([
    ['a document only followed', '根据《临洮县2022年政务公开要点》要求,我镇全面推进政务公开。'],
    ['a notice, not a report', '现发布《关于做好2023年政府信息公开工作的通知》,请遵照执行。'],
    ['a title quoted without announcing it', '《临洮县新添镇2022年政府信息公开工作年度报告》已于1月31日发布。'],
  ])('%s', (_what, text) => {
    expect(publishedTitle(lines(text))).toBeNull();
  });

  it('a title that names no place or body names no one', () => {
    expect(authorOfPublishedTitle(lines('现发布《2022年政府信息公开工作年度报告》。'))).toEqual([]);
  });

  it('a title above the body outranks the one the opening announces', () => {
    const report = lines('区民政局2022年政府信息公开工作年度报告', '现发布《区民政局2022年政府信息公开工作年度报告》。本报告由六部分组成。', '一、总体情况');
    expect(detectDepartments(report, { directory: defaultDirectory(), policyDepartments: [] }).departments).toEqual(['区民政局']);
  });
});
