import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const labels = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title}`);

describe('middle-level-restart: negative cases (labels as today)', () => {
  it('keeps bare labels where the numbering runs on through the middle headings', () => {
    const text = [
      '某区优化营商环境实施方案',
      '一、主要任务',
      '（一）深化商事制度改革。',
      '1.压缩开办时间。（区市场监管局牵头）',
      '2.推行证照分离。（区行政审批服务局牵头）',
      '（二）提升政务服务效能。',
      '3.推行全程网办。（区政务服务中心牵头）',
      '二、强化落实',
      '（一）优化监管。',
      '4.推行信用监管。（区市场监管局牵头）',
    ];
    expect(labels(text)).toEqual(['1. 压缩开办时间', '2. 推行证照分离', '3. 推行全程网办', '4. 推行信用监管']);
  });

  it('names only the section where each section holds one middle heading', () => {
    // 1. starts again in each section, never under a second middle heading of one section
    const text = [
      '某区优化营商环境实施方案',
      '一、主要任务',
      '（一）深化商事制度改革。',
      '1.压缩开办时间。（区市场监管局牵头）',
      '2.推行证照分离。（区行政审批服务局牵头）',
      '二、强化落实',
      '（一）优化监管。',
      '1.推行信用监管。（区市场监管局牵头）',
    ];
    expect(labels(text)).toEqual(['一、1. 压缩开办时间', '一、2. 推行证照分离', '二、1. 推行信用监管']);
  });

  it('keeps 1. points inside the （一） measure that carries the duty', () => {
    const text = [
      '某区优化营商环境实施方案',
      '一、主要任务',
      '（一）深化商事制度改革。（区市场监管局牵头）',
      '1.压缩开办时间。',
      '2.推行证照分离。',
      '（二）提升政务服务效能。（区政务服务中心牵头）',
      '1.推行全程网办。',
      '2.快速回应诉求。',
      '二、强化落实',
      '（一）优化监管。（区市场监管局牵头）',
    ];
    expect(labels(text)).toEqual(['一、（一） 深化商事制度改革', '一、（二） 提升政务服务效能', '二、（一） 优化监管']);
  });

  it('keeps bare labels with no middle level, and 1.–N. running on under 一、', () => {
    const text = [
      '某区优化营商环境实施方案',
      '一、主要任务',
      '1.压缩开办时间。（区市场监管局牵头）',
      '2.推行证照分离。（区行政审批服务局牵头）',
      '二、强化落实',
      '3.推行信用监管。（区市场监管局牵头）',
    ];
    expect(labels(text)).toEqual(['1. 压缩开办时间', '2. 推行证照分离', '3. 推行信用监管']);
  });
});
