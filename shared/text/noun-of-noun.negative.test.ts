import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

describe('noun-of-noun: negative cases', () => {
  it('still ends the object before a clause of the paragraph that holds no 的 right after the noun', () => {
    const piece = '十二、简化住宅价格备案流程综合考虑商品房住宅成本因素,合理确定备案价格。';
    const at = headingBodyStart(piece);
    expect(at).not.toBeNull();
    expect(piece.slice(0, at as number)).toBe('十二、简化住宅价格备案流程');
  });
});

describe('noun-of-noun: a duty verb opening the sentence', () => {
  it('still ends the heading before a verb that makes no noun', () => {
    const piece = '12.规范房地产市场秩序加大联合执法力度，加强市场监管。';
    expect(piece.slice(0, headingBodyStart(piece) as number)).toBe('12.规范房地产市场秩序');
  });
});
