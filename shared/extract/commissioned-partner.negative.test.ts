import { describe, expect, it } from 'vitest';
import { proseResponsibility } from './prose-duty';

describe('commissioned-partner: a kind of party entrusted is no body', () => {
  it.each([
    ['市房管中心委托依法定程序产生的第三方成本审核机构开展成本审核。', ['市房管中心']],
    ['镇规划建设办及时委托有资质的单位编制可行性研究报告。', ['镇规划建设办']],
    ['办公室委托2家评估机构开展评估。', ['办公室']],
  ])('%s', (text, lead) => {
    const read = proseResponsibility(text);
    expect(read?.lead).toEqual(lead);
    expect(read?.support).toEqual([]);
  });
});
