import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// subject-commissions, negative: the one commissioned or the thing reviewed is no subject.
describe('subject-commissions: negative cases', () => {
  it.each(['受委托的评估机构出具评估报告。', '经审核的方案报区政府备案。', '审核通过的项目予以公示。'])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
