import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// subject-commissions: a body that commissions or reviews a step of the work carries it, 及时 between them.
describe('subject-commissions: A委托…, A审核…', () => {
  it.each([
    ['镇规划建设办及时委托符合工程咨询资质的单位编制可行性研究报告。', '镇规划建设办'],
    ['镇规划建设办审核并提交镇政府研究通过后上报。', '镇规划建设办'],
  ])('%s', (text, name) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual([name]);
  });
});
