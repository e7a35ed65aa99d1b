import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { isCoverRequirementList } from './cover-requirements';

const labels = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

describe('divided-tasks-matters: a notice dividing the tasks and then the matters of carrying them out introduces requirements', () => {
  it.each([
    '经州政府同意,现将州政府工作报告重点任务予以分解,并就有关事项通知如下。',
    '现将2024年政府工作报告确定的目标任务予以分解,现就有关事项通知如下:',
  ])('%s', (line) => {
    expect(isCoverRequirementList(line, false)).toBe(true);
  });

  it('reads no measure from the requirements after it', () => {
    expect(
      labels(
        '关于印发2020年州政府工作报告重点任务分工方案的通知',
        '各县(市)人民政府,州级有关部门:',
        '为落实责任,加强监督,经州政府同意,现将州政府工作报告重点任务予以分解,并就有关事项通知如下。',
        '一、加强领导,确保责任落实到位。主要负责同志负总责,分管负责同志具体抓。',
        '二、细化方案,确保工作落实到位。要建台账、定清单,逐项细化工作目标、工作措施和完成时限。',
      ),
    ).toEqual([]);
  });
});
