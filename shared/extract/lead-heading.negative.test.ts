import { describe, expect, it } from 'vitest';
import { leadOfHeading } from './lead-heading';
import { extractPolicy } from './policy';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

describe('lead-heading: negative cases', () => {
  it.each([
    '强化科技创新',
    '牵头单位要加强统筹协调工作',
    '县示范区管委会牵头推进产业园建设，培育服装加工产业',
    '建立牵头工作机制(3项)',
  ])('reads no lead heading in %s', (heading) => {
    expect(leadOfHeading(heading)).toBeNull();
  });

  it('names no one from a heading that names a person', () => {
    const policy = read('一、王丹县长牵头重点工作', '1.全面完成年度目标任务。', '2.推进项目建设。');
    expect(policy.measures.map((m) => [m.label, m.lead, m.support])).toEqual([
      ['1.', [], []],
      ['2.', [], []],
    ]);
  });

  it('reads no lead from a heading that only groups tasks', () => {
    const policy = read('一、县域经济工作(2项)', '1.打造食用菌酵素生产基地。', '2.建设产业园。');
    expect(policy.measures.map((m) => m.lead)).toEqual([[], []]);
  });
});
