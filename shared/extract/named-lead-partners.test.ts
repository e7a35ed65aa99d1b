import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const policy = (...items: string[]) =>
  extractPolicy({
    paragraphs: ['上海市财政局政务公开工作规定', ...items, '上海市财政局', '2018年5月16日'].map((text, index) => ({ index, text })),
  });

// The named-lead-partners rule: beside a body named the lead by its role (A为…的牵头责任部门), the other bodies the
// prose gives a duty to support it.
describe('named-lead partners: the other subjects of duties beside a named lead', () => {
  it('reads the leading group as supporting the office named the lead', () => {
    const e = policy(
      '一、主要职责',
      '政务公开工作领导小组负责研究、协调市局政务公开中的重要问题。办公室为处理政务公开事务的牵头责任部门,负责组织开展政务公开的日常工作。',
      '二、工作分工',
      '法规处负责规范性文件的法律审核。',
    );
    expect(e.measures[0].lead).toEqual(['办公室']);
    expect(e.measures[0].support).toEqual(['政务公开工作领导小组']);
  });
});
