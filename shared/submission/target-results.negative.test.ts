// Rule target-results, negative cases: what looks like a target's result but is not one links no target by the rule.
import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../../electron/segment/jieba';
import { countedTargets } from './__fixtures__/target-policy';
import { answersTarget } from './target-results';

const segmenter = createSegmenter();
const counted = (titles: string[], text: string) => countedTargets((t) => segmenter.terms(t), titles, text);
describe('no target answered', () => {
  it('the indicator named without a figure (statistics work, not a result)', () => {
    expect(counted(['地区生产总值增长7%左右', '固定资产投资增长10%'], '做好地区生产总值统一核算,规范固定资产投资统计。')).toEqual([]);
  });

  it('a measure that sets no figure is no target, whatever figure the report gives', () => {
    expect(answersTarget('加强固定资产投资项目管理', ['固定', '资产', '固定资产', '投资', '项目', '管理'], '固定资产投资项目管理规范,投资同比增长9.8%')).toBe(false);
    expect(counted(['加强固定资产投资项目管理'], '全年固定资产投资同比增长9.8%。')).toEqual([]);
  });

  it('part of the indicator is another indicator (工业增加值 is not 规模以上工业增加值 by the rule)', () => {
    expect(answersTarget('规模以上工业增加值增长8%', ['规模', '工业', '增加', '加值', '增加值', '增长'], '全县工业增加值同比增长7.4%')).toBe(false);
  });

  it('a figure elsewhere in the passage does not make the indicator a result of another indicator', () => {
    expect(answersTarget('城镇新增就业3000人以上', ['城镇', '新增', '就业'], '开展就业政策宣传,举办招聘会12场')).toBe(false);
  });
});
