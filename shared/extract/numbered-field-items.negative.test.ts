import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const labels = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

describe('numbered-field-items: negative cases', () => {
  it('keeps numbered points that are measures of their own, a colon or not', () => {
    expect(
      labels(
        '一、优化营商环境',
        '1.压缩开办时间。企业开办全流程1个工作日内办结。(市市场监管局负责)',
        '2.推行告知承诺制:对可以通过事中事后监管纠正的事项实行告知承诺。(市司法局负责)',
        '二、扩大有效投资',
        '3.加快项目建设。(市发展改革委负责)',
      ),
    ).toEqual(['1.', '2.', '3.']);
  });

  it('takes fields with no item above them for the items themselves', () => {
    expect(labels('1、责任单位:市财政局。', '2、完成时限:2024年底。')).not.toEqual([]);
  });
});

describe('numbered-field-items: a body before the colon', () => {
  it('keeps points headed by who answers as measures', () => {
    const ex = extractPolicy({
      paragraphs: ['某街道实施细则', '一、职责分工', '1．街道领导小组：负责组织实施。', '2．环卫公司：环卫公司做好与居委、物业的对接工作。'].map((text, index) => ({ index, text })),
    });
    expect(ex.measures.map((m) => m.label)).toEqual(['1．', '2．']);
  });
});
