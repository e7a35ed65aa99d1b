import { describe, expect, it } from 'vitest';
import { bodyColonLineStarts } from './body-colon-lines';
import { repairParagraphs } from './repair';

// body-colon-lines: the bodies' paragraphs of a division of work (「市财政局：负责…」), run on into each other, each open a
// line again after the full stop or semicolon closing the one before.
describe('body-colon-lines: each body\'s paragraph of a division of work opens a line', () => {
  it('finds where each body\'s paragraph opens', () => {
    const piece = '市房产局：负责牵头组织实施。市委宣传部：负责广泛宣传；区应急管理局：参与制定规划。各镇政府、街道（开发区）办事处、头桥集团：按照区规划要求推进。';
    expect(bodyColonLineStarts(piece).map((at) => piece.slice(at, at + 5))).toEqual(['市委宣传部', '区应急管理', '各镇政府、']);
  });

  it('gives a one-line division of work its bodies\' paragraphs back', () => {
    const line =
      '现提出如下分工。一、工作内容完善制度。二、推进计划分三步推进。三、职责分工市房产局：负责牵头组织实施。市财政局：负责保障经费。市公安局：负责查处违法行为。四、保障措施加强领导。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '现提出如下分工。',
      '一、工作内容',
      '完善制度。',
      '二、推进计划',
      '分三步推进。',
      '三、职责分工',
      '市房产局：负责牵头组织实施。',
      '市财政局：负责保障经费。',
      '市公安局：负责查处违法行为。',
      '四、保障措施',
      '加强领导。',
    ]);
  });
});
