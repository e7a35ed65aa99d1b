import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

describe('sentences that name no lead of the work', () => {
  it.each([
    // no role word: 为 only says what the office is
    '办公室为处理群众来信来访的窗口。',
    // the role word does not close the clause
    '各处室为牵头部门的工作提供支持。',
    // 处 and 办公室 in ordinary words
    '到处都是好处，办公室为大家服务。',
    // no body before 为
    '确定为牵头单位。',
  ])('%s', (text) => {
    const r = readResponsibility(text);
    expect([...r.lead, ...r.support]).toEqual([]);
  });

  it('keeps a city plan’s 市政府办公室 as it reads', () => {
    const r = readResponsibility('市政府办公室为牵头单位，市财政局为配合单位。');
    expect([r.lead, r.support]).toEqual([['市政府办公室'], ['市财政局']]);
  });
});
