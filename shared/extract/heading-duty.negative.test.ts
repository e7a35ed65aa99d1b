import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

describe('responsibility on a section heading: negative cases', () => {
  it('keeps a measure with its responsibility at the end as the measure itself', () => {
    const policy = read('一、优化营商环境', '1.推进证照分离改革。（区审批局牵头）', '2.深化工程审批改革。（区住建局牵头）');
    expect(policy.sections).toEqual([{ number: '一', title: '优化营商环境' }]);
    expect(policy.measures.map((m) => m.lead)).toEqual([['区审批局'], ['区住建局']]);
  });

  it('reads items with no finer points under them as measures of their own', () => {
    const policy = read('一、推进证照分离改革（区审批局牵头）', '二、深化工程审批改革（区住建局牵头）');
    expect(policy.measures.map((m) => [m.label, m.lead])).toEqual([
      ['一、', ['区审批局']],
      ['二、', ['区住建局']],
    ]);
  });

  it('ignores a heading bracket that assigns nothing', () => {
    const policy = read('一、加快发展（2021—2025年）', '1.推进改革。（区审批局牵头）', '2.加强监管。');
    expect(policy.measures[1].lead).toEqual([]);
  });
});
