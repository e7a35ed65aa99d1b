import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { isCoverRequirementList } from './cover-requirements';

const labels = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

describe('handed-down-tasks: a notice handing its tasks down in attached tables introduces requirements, not measures', () => {
  it.each([
    '省政府决定,将《政府工作报告》主要目标和重点工作予以分解下达。现将有关事项通知如下。',
    '经市政府同意,现将主要目标任务分解下发,请认真抓好落实。',
  ])('%s', (line) => {
    expect(isCoverRequirementList(line, false)).toBe(true);
  });

  it('reads no measure from the requirements after it', () => {
    expect(
      labels(
        '甘肃省人民政府关于分解落实《政府工作报告》主要目标和重点工作的通知',
        '甘政发〔2025〕7号',
        '各市、自治州人民政府,省政府各部门:',
        '省政府决定,将《政府工作报告》主要目标和重点工作予以分解下达。现将有关事项通知如下。',
        '一、凝心聚力抓发展。2025年是进一步全面深化改革的关键之年,要切实推动各项目标任务落地落实。',
        '二、守土尽责抓推进。要认真对照主要目标分解表(附件1)和重点工作分解表(附件2),细化分解各项任务。',
      ),
    ).toEqual([]);
  });
});
