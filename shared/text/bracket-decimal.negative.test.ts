import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

const pieces = (text: string) => {
  const starts = [0, ...runOnItemStarts(text), text.length];
  return starts.slice(0, -1).map((s, k) => text.slice(s, starts[k + 1]));
};

// bracket-decimal: after a bracket that names no one (a place, a unit of measure), a decimal is a figure: a table of
// areas run on after the items (嘉定区海绵城市建设实施方案's 表2, 「北部科技驿站（朱桥片区）4.62」) adds no item.
describe('bracket-decimal: a figure after a bracket naming no one', () => {
  it.each([
    [
      '1.强化规划管控。（责任单位：区建设管理委）2.加强指标衔接。（责任单位：区规划资源局）3.编制系统方案。见表2。（责任单位：区建设管理委）表2 编制计划 2027年 北部科技驿站（朱桥片区）4.62 2028年 马东示范区 12.00',
      [
        '1.强化规划管控。（责任单位：区建设管理委）',
        '2.加强指标衔接。（责任单位：区规划资源局）',
        '3.编制系统方案。见表2。（责任单位：区建设管理委）表2 编制计划 2027年 北部科技驿站（朱桥片区）4.62 2028年 马东示范区 12.00',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('keeps an area in square kilometres as a figure', () => {
    expect(runOnItemStarts('面积（平方公里）3.2，其中建成区（平方公里）4.5')).toEqual([]);
  });
});
