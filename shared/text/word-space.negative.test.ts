import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { compactCjkSpacing, repairParagraphs, type LayoutBlock } from './repair';

// word-space, negative cases: letter-spacing, spaces beside digits, letters or marks, and every space a page's layout
// gave (a PDF, a scan) close up as before.

describe('word-space: spaces that part no words', () => {
  it.each([
    // letter-spacing: a single character on one side
    ['标 题', '标题'],
    ['各 位 代 表：', '各位代表：'],
    ['统 计 局 办 公 室', '统计局办公室'],
    ['龙 游县', '龙游县'],
    ['县财政 局', '县财政局'],
    // beside digits, letters and marks
    ['2021 年 9 月 28 日', '2021年9月28日'],
    ['在 PC 端办理', '在PC端办理'],
    ['一、 总体要求', '一、总体要求'],
    ['（一） 加强组织领导', '（一）加强组织领导'],
    ['深化 “放管服”改革', '深化“放管服”改革'],
  ])('typed %j → %j', (input, expected) => {
    expect(compactCjkSpacing(input, true)).toBe(expected);
    // letter-spacing reads the same whether or not the spaces are the writer's
    expect(compactCjkSpacing(input, true)).toBe(compactCjkSpacing(input));
  });

  it('closes up a space a page’s layout gave between two runs of Chinese (a justified line, runs cut by the generator)', () => {
    expect(compactCjkSpacing('区市场 监管局')).toBe('区市场监管局');
    const blocks: LayoutBlock[] = [{ text: '河南省教育厅 河南省财政厅', start: 0, end: 13, page: 1 }];
    expect(repairParagraphs(blocks)[0].text).toBe('河南省教育厅河南省财政厅');
  });

  it('closes up a spaced-out salutation and a spaced-out title typed in a text file', () => {
    const paragraphs = repairParagraphs(textBlocks('工 作 报 告\n各 位 代 表：\n现在，我代表镇人民政府作工作报告。'));
    expect(paragraphs.map((p) => p.text)).toEqual(['工作报告', '各位代表：', '现在，我代表镇人民政府作工作报告。']);
  });

  it('keeps a paragraph that joins a page’s lines with a typed one to the layout’s reading', () => {
    const blocks: LayoutBlock[] = [
      { text: '河南省教育厅 河南省', start: 0, end: 10, typedSpaces: true },
      { text: '财政厅 联合印发', start: 11, end: 19, gap: 'soft', page: 1 },
    ];
    expect(repairParagraphs(blocks)[0].text).toBe('河南省教育厅河南省财政厅联合印发');
  });
});
