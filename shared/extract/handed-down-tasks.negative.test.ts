import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { isCoverRequirementList } from './cover-requirements';

const labels = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

describe('handed-down-tasks: negative cases', () => {
  it('takes 「分解如下」 for the line introducing the tasks themselves', () => {
    expect(isCoverRequirementList('现将2025年重点工作任务分解如下:', false)).toBe(false);
  });

  it('keeps items that give a body a duty as measures, handed down or not', () => {
    expect(
      labels(
        '各县区人民政府:',
        '现将主要目标任务分解下达。',
        '一、地区生产总值增长6%。(市发展改革委负责)',
        '二、一般公共预算收入增长5%。(市财政局负责)',
      ),
    ).toEqual(['一、', '二、']);
  });
});
