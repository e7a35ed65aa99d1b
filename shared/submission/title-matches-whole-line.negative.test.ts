import { describe, expect, it } from 'vitest';
import { measure, policy } from './__fixtures__/measures';
import { wholeLineTitle, wholeLineTitles } from './title-matches-whole-line';

const titles = wholeLineTitles(
  policy([
    measure(1, '地区生产总值增长6.5%左右'),
    measure(2, '加强组织领导'),
    measure(3, '固定资产投资增长7.5%左右'),
    measure(4, '优化营商环境'),
    measure(5, '优化营商环境'),
    measure(6, '深化“放管服”改革，规范专利申请行为'),
  ]),
);
const whole = (line: string) => wholeLineTitle(line, titles);

describe('wholeLineTitle names no measure', () => {
  it('for a title met inside running text (a phrase, not a line of its own)', () => {
    expect(whole('全年固定资产投资增长7.5%左右的目标已完成过半。')).toBeNull();
    expect(whole('1-9月份固定资产投资增长7.5%左右，居全市第一。')).toBeNull();
  });
  it('for a stock heading any report may write', () => {
    expect(titles.some((t) => t.measure === 2)).toBe(false);
    expect(whole('一、加强组织领导')).toBeNull();
  });
  it('for a title two measures share', () => expect(whole('优化营商环境')).toBeNull());
  it('for one clause of a two-part title', () => expect(whole('规范专利申请行为')).toBeNull());
  it('for a line of a table that is no title', () => {
    expect(whole('区发改委')).toBeNull();
    expect(whole('2025年12月')).toBeNull();
  });
});
