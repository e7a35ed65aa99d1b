import { describe, expect, it } from 'vitest';
import { firstSentence } from './measure-text';

// title-duty-bracket: an item's only sentence, with no full stop, closing on its duty bracket (「北迎宾街沿路,滨河蓝湾一处
// 商家破损广告牌(责任单位:执法局)」, 铁西区's 整改通知, 2019) is titled without the bracket.
describe('title-duty-bracket: the closing duty bracket is no part of the title', () => {
  it.each([
    ['北迎宾街沿路,滨河蓝湾一处商家破损广告牌(责任单位:执法局)', '北迎宾街沿路,滨河蓝湾一处商家破损广告牌'],
    ['完善村级公共服务设施（牵头单位：县民政局；配合单位：各乡镇）', '完善村级公共服务设施'],
  ])('%s', (text, title) => {
    expect(firstSentence(text)).toBe(title);
  });
});
