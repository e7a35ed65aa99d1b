// Rule comparison-base, negative cases: leaving the base out of a target's indicator never lets a passage answer a target
// whose own subject it does not give, nor turns words that only look like a base into one.
import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../../electron/segment/jieba';
import { withoutComparisonBase } from './comparison-base';
import { answersTarget, indicatorOf } from './target-results';

const segmenter = createSegmenter();
const answers = (title: string, passage: string) => answersTarget(title, segmenter.terms(title), passage);

describe('no target answered', () => {
  it('a result for another indicator, however the base is worded', () => {
    expect(answers('单位生产总值能耗比上年下降3%', '全市实现地区生产总值4200亿元左右,增长11.5%以上')).toBe(false);
    expect(answers('规模以上工业增加值比上年增长10%', '全市地区生产总值比上年增长8%')).toBe(false);
  });

  it('the indicator named with the base but no figure given', () => {
    expect(answers('地区生产总值比上年增长8.5%左右', '地区生产总值比上年有所增长,经济运行稳中向好')).toBe(false);
  });

  it('a measure that sets no figure, whatever base it names', () => {
    expect(indicatorOf('推动地区生产总值比上年稳步增长')).toBeNull();
  });
});

describe('words that are no base stay in the indicator', () => {
  it.each([['城乡居民收入比缩小至'], ['研发投入占生产总值比重达到'], ['上年结转项目开工率达到']])('%s', (indicator) => {
    expect(withoutComparisonBase(indicator)).toBe(indicator);
  });
});
