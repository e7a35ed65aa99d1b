import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// Rule (in responsibility.ts): a body named as the lead or the supporter of the work in a sentence of its own,
// 「A为…的牵头责任部门」, the role word closing the clause.
describe('a body named as the lead of the work', () => {
  it.each([
    // 上海市财政局政务公开工作规定, 二、主要职责
    ['办公室为处理政务公开事务的牵头责任部门,负责组织开展政务公开的日常工作。', ['办公室'], []],
    ['规划处为牵头处室，财务处为配合处室。', ['规划处'], ['财务处']],
    ['市发展改革委为牵头单位，市财政局为配合单位。', ['市发展改革委'], ['市财政局']],
    ['法规处为本项工作的牵头部门。', ['法规处'], []],
  ])('%s', (text, lead, support) => {
    const r = readResponsibility(text);
    expect([r.lead, r.support]).toEqual([lead, support]);
  });
});
