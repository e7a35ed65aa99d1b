import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { isCoverRequirementList } from './cover-requirements';

const labels = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

// division-matters: matters of any other work, or items that give a named body a duty, stay measures.
describe('division-matters: negative cases', () => {
  it.each(['现就做好2020年防汛工作有关事项通知如下:', '现就有关事项通知如下:', '现将重点工作任务分工如下:'])('%s', (line) => {
    expect(isCoverRequirementList(line, false)).toBe(false);
  });

  it('keeps items that give a body a duty as measures', () => {
    expect(
      labels(
        '各镇人民政府,区直各部门:',
        '现就2020年重点工作任务分工有关事项通知如下:',
        '一、地区生产总值增长6%。(区发展改革局牵头)',
        '二、一般公共预算收入增长5%。(区财政局牵头)',
      ),
    ).toEqual(['一、', '二、']);
  });
});
