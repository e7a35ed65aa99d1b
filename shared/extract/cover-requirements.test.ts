import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { isCoverRequirementList } from './cover-requirements';

const labels = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

describe('a notice whose numbered items say how an issued task list is carried out', () => {
  it.each([
    ['《2021年县政府重点工作任务分解》已经县人民政府同意，现印发给你们，请认真抓好贯彻落实。', true],
    ['《责任分解方案》已经县人民政府同意，现印发给你们，并就有关事项通知如下。', true],
    ['现将《工作要点》印发你们，请结合实际认真贯彻落实。', true],
  ])('%s', (line, expected) => {
    expect(isCoverRequirementList(line, false)).toBe(expected);
  });

  it('reads no measure from the requirements', () => {
    expect(
      labels(
        '各乡镇人民政府、县直各单位：',
        '《2021年县政府重点工作任务分解》已经县人民政府同意，现印发给你们，请认真抓好贯彻落实。',
        '一、强化责任落实。主要责任单位要切实履行主职主责，其他责任单位要积极履行配合职责。',
        '二、细化工作方案。各主要责任单位要于2021年3月15日前报县政府督查室备案。',
      ),
    ).toEqual([]);
  });
});

describe('a notice whose numbered items say how an issued task list is carried out: negative cases', () => {
  it.each([
    // a body carries the items: they are measures
    ['现印发给你们，请认真抓好贯彻落实。', true],
    // no issuing sentence before the items
    ['为加快流通业发展，结合实际，提出如下意见。', false],
    ['关于印发华容县工作方案的通知', false],
  ])('%s', (line, anyDuty) => {
    expect(isCoverRequirementList(line, anyDuty)).toBe(false);
  });

  it('keeps the measures of a plan issued with its own title between', () => {
    expect(
      labels(
        '《工作方案》已经县人民政府同意，现印发给你们，请认真组织实施。',
        '华容县优化营商环境工作方案',
        '为优化营商环境，制定本方案。',
        '一、压减审批时间。将审批时间压减至5个工作日以内。',
        '二、推行一窗受理。在政务大厅设立综合窗口。',
      ),
    ).toEqual(['一、', '二、']);
  });
});
