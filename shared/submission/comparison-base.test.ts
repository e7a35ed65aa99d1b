// Rule comparison-base: the base a target's rate is set against (比上年, 较上年同期, 同比) is no word of its indicator, so a
// result that gives the rate without naming the base again answers the target.
import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../../electron/segment/jieba';
import { countedTargets } from './__fixtures__/target-policy';
import { withoutComparisonBase } from './comparison-base';
import { answersTarget, indicatorOf } from './target-results';

const segmenter = createSegmenter();
const counted = (titles: string[], text: string) => countedTargets((t) => segmenter.terms(t), titles, text);

describe('the base of a target’s rate', () => {
  it.each([
    ['地区生产总值比上年增长', '地区生产总值增长'],
    ['规模以上工业增加值较上年增长', '规模以上工业增加值增长'],
    ['社会消费品零售总额比去年同期增长', '社会消费品零售总额增长'],
    ['一般公共预算收入同比增长', '一般公共预算收入增长'],
  ])('%s is the indicator %s', (written, indicator) => {
    expect(withoutComparisonBase(written)).toBe(indicator);
  });

  it('is left out of the indicator a result must repeat', () => {
    expect(indicatorOf('地区生产总值比上年增长8.5%左右')).toBe('地区生产总值增长');
    const subjects = segmenter.terms('地区生产总值比上年增长8.5%左右');
    expect(answersTarget('地区生产总值比上年增长8.5%左右', subjects, '全市实现地区生产总值4200亿元左右,增长11.5%以上')).toBe(true);
  });
});

describe('a year’s results answer targets set against the year before', () => {
  it('each target whose result the paragraph gives, the base not named again', () => {
    const titles = ['地区生产总值比上年增长8.5%左右', '一般公共预算收入比上年增长5%左右', '城镇新增就业6万人以上'];
    const text = '初步核算,全市实现地区生产总值4200亿元左右,增长11.5%以上;一般公共预算收入增长9%;固定资产投资增长15%。';
    expect(counted(titles, text)).toEqual([1, 2]);
  });

  it('a target set against the year before, answered in a sentence of its own', () => {
    expect(counted(['城镇新增就业3000人以上', '规模以上工业增加值比上年增长9%'], '全年规模以上工业增加值增长11.5%,高于全省平均水平。')).toEqual([2]);
  });
});
