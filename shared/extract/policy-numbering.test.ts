import { describe, expect, it } from 'vitest';
import { readLabel, styleRank } from './policy-numbering';

describe('readLabel', () => {
  it.each([
    ['第一章 总则', 'chapter', '第一章', 1, '总则'],
    ['一、优化服务', 'cn', '一、', 1, '优化服务'],
    ['第十四条 加强宣传。', 'article', '第十四条', 14, '加强宣传。'],
    ['（三）开展以工代赈。', 'paren-cn', '（三）', 3, '开展以工代赈。'],
    ['2. 推广电子执照。', 'arabic', '2.', 2, '推广电子执照。'],
    ['12、推行帮办代办', 'arabic', '12、', 12, '推行帮办代办'],
    ['（1）开展招聘会；', 'paren-arabic', '（1）', 1, '开展招聘会；'],
    ['1）开展招聘会；', 'paren-arabic', '1）', 1, '开展招聘会；'],
    ['3)建立台账。', 'paren-arabic', '3)', 3, '建立台账。'],
    // full-width digits number as well; the label stays as written
    ['１．新建幼儿园3所。', 'arabic', '１．', 1, '新建幼儿园3所。'],
    ['（２）改造食堂。', 'paren-arabic', '（２）', 2, '改造食堂。'],
  ])('%s', (text, style, label, value, rest) => {
    expect(readLabel(text)).toMatchObject({ style, label, value, rest });
  });

  it.each([
    '一是全面排查隐患，二是整治周边环境。',
    '二是压缩审批时限；',
    '2022年6月底前完成',
    '1.5亿元贷款',
    '2021）',
    '各乡镇（街道）负责',
  ])('%s is not numbering', (text) => {
    expect(readLabel(text)).toBeNull();
  });

  it('ranks 1） with （1）, below 1.', () => {
    expect(readLabel('1）甲')!.style).toBe(readLabel('（1）甲')!.style);
    expect(styleRank('paren-arabic')).toBeGreaterThan(styleRank('arabic'));
  });
});
