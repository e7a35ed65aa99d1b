import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const labels = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

describe('frame-alone: negative cases', () => {
  it('keeps items of a text assigning no duty when their titles name tasks, not aims', () => {
    expect(
      labels(
        '关于推进政务新媒体健康发展的意见',
        '一、主要目标',
        '到2022年,建成以领先的新媒体平台为依托的政务新媒体体系。',
        '二、加强统筹规划',
        '各地区、各部门要按照集约节约的原则统筹建设政务新媒体。',
        '三、强化内容建设',
        '各地区、各部门要及时发布政策信息。',
      ),
    ).toEqual(['二、', '三、']);
  });

  it('keeps an item whose title joins the aims to a task', () => {
    expect(labels('一、主要目标和重点任务', '到2025年,全面完成老旧小区改造。')).toEqual(['一、']);
  });
});
