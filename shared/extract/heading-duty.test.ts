import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// A responsibility written on a section heading ("一、强化科技创新（区科技局牵头）") holds for the section's
// measures that name no one themselves.
const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

describe('responsibility on a section heading', () => {
  const policy = read(
    '一、强化科技创新(区科技局牵头)',
    '以统筹深化教育科技人才一体化改革为牵引，加快培育发展新质生产力。',
    '(一)加强科创平台效能建设。加快建设光电子研究院，鼓励科研机构做好本地科技成果转化。',
    '(二)支持企业加大研发投入。对研发投入增长的企业给予奖励。（区财政局、区科技局负责）',
    '二、扩大有效投资(区发改局牵头)',
    '(一)加快重大项目建设。全年完成重大项目投资100亿元。',
  );

  it('gives the heading\'s lead to the measures that name no one', () => {
    expect(policy.measures.map((m) => [m.label, m.section, m.lead])).toEqual([
      ['一、(一)', '一', ['区科技局']],
      ['一、(二)', '一', ['区财政局', '区科技局']],
      ['二、(一)', '二', ['区发改局']],
    ]);
  });

  it('keeps the section title without its responsibility', () => {
    expect(policy.sections).toEqual([
      { number: '一', title: '强化科技创新', responsibility: '(区科技局牵头)' },
      { number: '二', title: '扩大有效投资', responsibility: '(区发改局牵头)' },
    ]);
  });
});
