import { describe, expect, it } from 'vitest';
import { passageBoxes, type PageRun } from './passage-boxes';

// Two lines of a drawn page, as a PDF engine gives them: runs with their boxes (10 px a character).
const line = (str: string, x: number, y: number): PageRun => ({ str, x, y, width: 10 * [...str].length, height: 12 });
const page: PageRun[] = [
  line('一、关于第3条“强化创业扶持”', 50, 100),
  line('我局全年开展创业培训', 50, 120),
  line('１２期，培训 480 人次。', 50, 140),
  line('二、下一步工作', 50, 160),
];

describe('a passage on a drawn PDF page', () => {
  it('covers the runs the passage spans, from its first character to its last', () => {
    // The stored paragraph joined the lines and lost the spaces; the page has a full-width 12.
    const boxes = passageBoxes(page, '我局全年开展创业培训12期，培训480人次。');
    expect(boxes).toEqual([
      { x: 50, y: 120, width: 100, height: 12 },
      { x: 50, y: 140, width: 140, height: 12 },
    ]);
  });

  it('starts and ends inside a run where the passage does', () => {
    const [box] = passageBoxes(page, '开展创业培训');
    expect(box).toEqual({ x: 90, y: 120, width: 60, height: 12 });
  });

  it('finds the part of a passage that runs on to the next page, or began on the page before', () => {
    expect(passageBoxes(page, '二、下一步工作重点是扩大覆盖面，继续组织培训')).toEqual([{ x: 50, y: 160, width: 70, height: 12 }]);
    expect(passageBoxes(page, '在上一页开始的句子，到这里结束：我局全年开展创业培训')).toEqual([{ x: 50, y: 120, width: 100, height: 12 }]);
  });

  it('marks nothing for a passage that is not on the page, or too little of it to place', () => {
    expect(passageBoxes(page, '完善养老服务体系建设')).toEqual([]);
    expect(passageBoxes(page, '培训班结业')).toEqual([]);
    expect(passageBoxes(page, '   ')).toEqual([]);
    expect(passageBoxes([], '我局全年开展创业培训')).toEqual([]);
  });
});
