import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const policy = (...items: string[]) =>
  extractPolicy({
    paragraphs: ['上海市财政局政务公开工作规定', ...items, '上海市财政局', '2018年5月16日'].map((text, index) => ({ index, text })),
  });

// The named-lead-partners rule: what it leaves alone.
describe('named-lead partners, negative cases', () => {
  it('adds no one when the prose names no other body with a duty', () => {
    const e = policy('一、主要职责', '办公室为处理政务公开事务的牵头责任部门,负责组织开展政务公开的日常工作。', '二、工作分工', '法规处负责规范性文件的法律审核。');
    expect(e.measures[0].lead).toEqual(['办公室']);
    expect(e.measures[0].support).toEqual([]);
  });

  it('keeps the supporters the sentence names itself', () => {
    const e = policy('一、主要职责', '规划处为牵头处室，财务处为配合处室。人事处负责人员保障。', '二、工作分工', '法规处负责规范性文件的法律审核。');
    expect(e.measures[0].lead).toEqual(['规划处']);
    expect(e.measures[0].support).toEqual(['财务处']);
  });
});
