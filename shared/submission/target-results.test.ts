// Rule target-results: a passage that gives a figure for a target's whole indicator answers the target. A work
// report's division sets figures (地区生产总值增长7%左右); the year's account gives the results, several in one run-on
// paragraph, a sentence or clause each. Each clause shares with its target no more than the indicator's few words,
// which content alone would neither link (too few characters) nor count (no second distinctive word).
import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../../electron/segment/jieba';
import { emptyMeasure } from '../measure';
import type { PolicyExtract } from '../types';
import { linkMeasures } from './link-measures';
import { answersTarget, givesFigure, indicatorOf } from './target-results';

const segmenter = createSegmenter();

const targets = ['地区生产总值增长7%左右', '规模以上工业增加值增长8%', '固定资产投资增长10%', '城镇新增就业3000人以上'];
const extract: PolicyExtract = {
  title: '关于印发2023年县政府工作报告重点工作责任分解的通知',
  docNumber: null,
  issuer: null,
  issuedOn: null,
  printedOn: null,
  sections: [],
  measures: targets.map((t, k) => emptyMeasure(k + 1, { title: t, text: `${t}。` })),
  departments: [],
  warnings: [],
};
const policy = { extract, measureTokens: extract.measures.map((m) => segmenter.terms(`${m.title}\n${m.text}`)) };

function links(text: string) {
  const paragraphs = text.split('\n').map((t, index) => ({ index, text: t }));
  return linkMeasures(paragraphs, paragraphs.map((p) => segmenter.terms(p.text)), policy);
}
const counted = (text: string) => [...new Set(links(text).filter((l) => l.strength === 'counted').map((l) => l.measure))].sort();

describe('a target and its indicator', () => {
  it('the indicator is the title up to its figure', () => {
    expect(indicatorOf('地区生产总值增长7%左右')).toBe('地区生产总值增长');
    expect(indicatorOf('城镇新增就业3000人以上')).toBe('城镇新增就业');
  });

  it('a passage with a rate or an amount gives a figure', () => {
    expect(givesFigure('固定资产投资同比增长9.8%')).toBe(true);
    expect(givesFigure('全县地区生产总值86.2亿元')).toBe(true);
  });

  it('the passage holds every word of the indicator and a figure', () => {
    expect(answersTarget('固定资产投资增长10%', ['固定', '资产', '固定资产', '投资', '增长'], '内需回升,固定资产投资同比增长9.8%')).toBe(true);
  });
});

describe('a run-on paragraph of results answers each target it gives', () => {
  it('three targets, a clause each, in one paragraph: all three counted', () => {
    const report = [
      '县发展和改革局',
      '一、全年计划执行情况',
      '(一)经济运行稳中有进。全县地区生产总值86.2亿元,同比增长6.1%。工业生产平稳,规模以上工业增加值同比增长7.4%。需求回升,固定资产投资同比增长9.8%,社会消费品零售总额同比增长5%。',
    ].join('\n');
    expect(counted(report)).toEqual([1, 2, 3]);
  });

  it('a target given in a paragraph of its own is counted as well', () => {
    expect(counted('全年固定资产投资同比增长9.8%。')).toEqual([3]);
  });
});
