import { describe, expect, it } from 'vitest';
import { planParagraphs } from './plan-passages';

const plans = (lines: string[]) => planParagraphs(lines.map((text, index) => ({ index, text })));

describe('planParagraphs', () => {
  it('a paragraph opening with 下一步 / 今后 is a plan', () => {
    expect(plans(['一、推进情况', '已建成示范基地2处。', '下一步，我局将继续扩大示范范围。', '今后将加强日常巡查。'])).toEqual([false, false, true, true]);
    expect(plans(['三、下一步，我们将进一步压减审批时限，确保年底前全部完成。'])).toEqual([true]);
  });

  it('a plans section runs from its heading to the next heading', () => {
    const lines = ['一、工作开展情况', '完成改造1800户。', '二、下一步工作打算', '持续推进改造。', '加大督导力度。', '三、存在的问题', '资金缺口较大。'];
    expect(plans(lines)).toEqual([false, false, true, true, true, false, false]);
  });

  it.each(['下步工作计划', '（三）今后工作思路', '四、2022年工作安排', '五、存在问题及下一步打算'])('%s opens a plans section', (heading) => {
    expect(plans([heading, '继续推进。'])).toEqual([true, true]);
  });

  it('work done is not a plan, whatever words it uses', () => {
    expect(plans(['一、关于第3条耕地保护', '计划新建高标准农田2万亩，已完成2.3万亩。', '（二）大学生创业引领计划', '扶持大学生创业152人。'])).toEqual([false, false, false, false]);
  });
});
