import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { isCoverRequirementList } from './cover-requirements';

const labels = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

describe('divided-tasks-matters: negative cases', () => {
  it('takes a division introduced as the tasks themselves for no cover', () => {
    expect(isCoverRequirementList('现将州政府工作报告重点任务予以分解如下:', false)).toBe(false);
    expect(isCoverRequirementList('现就有关事项通知如下:', false)).toBe(false);
  });

  it('keeps items that give a body a duty as measures', () => {
    expect(
      labels(
        '各县(市)人民政府:',
        '现将重点任务予以分解,并就有关事项通知如下。',
        '一、地区生产总值增长6%。(州发展改革委牵头)',
        '二、一般公共预算收入增长5%。(州财政局牵头)',
      ),
    ).toEqual(['一、', '二、']);
  });
});
